"""Every message a press officer reads, in German, keyed by problem code.

A message names the file, the line and the field (as written in the file),
says what is wrong and what to write instead.
"""

from __future__ import annotations

import errno
import re
from collections.abc import Mapping
from enum import StrEnum
from pathlib import Path


class Code(StrEnum):
    """What is wrong; `MESSAGES` says it in German."""

    FILE_NOT_FOUND = "file_not_found"
    FILE_UNREADABLE = "file_unreadable"
    NOT_UTF8 = "not_utf8"
    NOT_YAML = "not_yaml"
    EMPTY_FILE = "empty_file"
    NOT_A_MAPPING = "not_a_mapping"
    UNKNOWN_FIELD_SUGGESTION = "unknown_field_suggestion"
    UNKNOWN_FIELD = "unknown_field"
    UNKNOWN_FIELD_AFTER_COMMA = "unknown_field_after_comma"
    UNKNOWN_FIELD_INVISIBLE = "unknown_field_invisible"
    DUPLICATE_FIELD = "duplicate_field"
    MISSING_FIELD = "missing_field"
    LIST_NOT_CHOSEN = "list_not_chosen"
    EXPECTED_TEXT = "expected_text"
    EXPECTED_MAPPING = "expected_mapping"
    EXPECTED_FIELDS = "expected_fields"
    EXPECTED_LIST = "expected_list"
    BAD_ARTICLE = "bad_article"
    BAD_EMAIL = "bad_email"
    BAD_DATE = "bad_date"
    BAD_DATETIME = "bad_datetime"
    NOT_A_RELEASE_FILE = "not_a_release_file"
    CORRECTION_YEAR_DIFFERS = "correction_year_differs"
    ORIGINAL_AFTER_CORRECTION = "original_after_correction"
    DATETIME_WITH_ZONE = "datetime_with_zone"
    TIME_SKIPPED_IN_BERLIN = "time_skipped_in_berlin"
    BAD_TIME = "bad_time"
    END_BEFORE_START = "end_before_start"
    RSVP_AFTER_EVENT = "rsvp_after_event"
    BAD_POSTCODE = "bad_postcode"
    BAD_POSTCODE_IN_BROWSER = "bad_postcode_in_browser"
    BAD_NUMBER = "bad_number"
    BAD_ROW_COUNT = "bad_row_count"
    BAD_RELEASE_NUMBER = "bad_release_number"
    BAD_CHOICE = "bad_choice"
    NUMBER_MISMATCH = "number_mismatch"
    YEAR_MISMATCH = "year_mismatch"
    WITHDRAWAL_WITHOUT_STATUS = "withdrawal_without_status"
    WITHDRAWN_WITHOUT_REASON = "withdrawn_without_reason"
    STRAIGHT_QUOTES = "straight_quotes"
    ENGLISH_QUOTES = "english_quotes"
    COMMENT_CUTS_TEXT = "comment_cuts_text"
    TEMPLATE_EXAMPLE_LEFT = "template_example_left"
    TEMPLATE_EXAMPLE_LEFT_IN_BROWSER = "template_example_left_in_browser"
    CHARACTER_WITHOUT_FONT = "character_without_font"
    ABBREVIATION_SPACE = "abbreviation_space"
    THREE_DOTS = "three_dots"
    PERCENT_SPACE = "percent_space"
    WEEKDAY_RANGE = "weekday_range"
    APOSTROPHE_GENITIVE = "apostrophe_genitive"
    STRAIGHT_SINGLE_QUOTES = "straight_single_quotes"
    SPACE_BEFORE_PUNCTUATION = "space_before_punctuation"
    HYPHEN_AS_DASH = "hyphen_as_dash"
    FROM_WITH_DASH = "from_with_dash"
    NESTED_QUOTES = "nested_quotes"
    ARTICLE_OFFICE = "article_office"
    HYPHEN_AS_RANGE_DASH = "hyphen_as_range_dash"
    MISSING_SPACE_BEFORE_UNIT = "missing_space_before_unit"
    DOUBLE_SPACE = "double_space"
    LIST_IN_PARAGRAPH = "list_in_paragraph"
    TIME_RANGE_HOUSE_STYLE = "time_range_house_style"
    PHONE_HOUSE_STYLE = "phone_house_style"
    FIX_NOT_IN_FILE = "fix_not_in_file"
    FIX_CHANGES_YAML = "fix_changes_yaml"
    CONFIG_NOT_TOML = "config_not_toml"
    CONFIG_BAD_VALUE = "config_bad_value"
    CONFIG_EXPECTED_TEXT = "config_expected_text"
    # office folder (issue 11)
    NO_OFFICE_FOLDER = "no_office_folder"
    INIT_ALREADY_OFFICE = "init_already_office"
    INIT_INSIDE_OFFICE = "init_inside_office"
    INIT_NOT_A_FOLDER = "init_not_a_folder"
    INIT_FILES_NOT_TAKEN_IN = "init_files_not_taken_in"
    REGISTER_MISSING = "register_missing"
    REGISTER_LOST = "register_lost"
    REGISTER_LOST_IN_BROWSER = "register_lost_in_browser"
    REGISTER_BUILT_FROM_FILES = "register_built_from_files"
    REGISTER_BUILT_FROM_FILES_IN_BROWSER = "register_built_from_files_in_browser"
    REGISTER_MISSING_IN_BROWSER = "register_missing_in_browser"
    REGISTER_NOT_REACHABLE = "register_not_reachable"
    REGISTER_NOT_REACHABLE_IN_BROWSER = "register_not_reachable_in_browser"
    REGISTER_NOT_PRESSETOOL = "register_not_pressetool"
    REGISTER_NOT_PRESSETOOL_IN_BROWSER = "register_not_pressetool_in_browser"
    REGISTER_NOT_WRITABLE = "register_not_writable"
    REGISTER_BUSY = "register_busy"
    BAD_DATABASE_URL = "bad_database_url"
    DATABASE_URL_UNKNOWN_PARAMETER = "database_url_unknown_parameter"
    NUMBER_NEVER_GIVEN = "number_never_given"
    NUMBER_NEVER_GIVEN_IN_BROWSER = "number_never_given_in_browser"
    ALREADY_WITHDRAWN = "already_withdrawn"
    RELEASE_FILE_MISSING = "release_file_missing"
    RELEASE_FILE_MISNAMED = "release_file_misnamed"
    RELEASE_FILE_MISSING_IN_BROWSER = "release_file_missing_in_browser"
    FOLDER_NOT_WRITABLE = "folder_not_writable"
    FILE_NOT_REPLACED = "file_not_replaced"
    LINK_INTO_PUBLIC = "link_into_public"
    LINK_OUT_OF_PUBLIC = "link_out_of_public"
    LINK_BROKEN = "link_broken"
    NUMBER_TWICE = "number_twice"
    NUMBER_TWICE_IN_BROWSER = "number_twice_in_browser"
    FILE_NAME_MISMATCH = "file_name_mismatch"
    REGISTERED_WITHOUT_FILE = "registered_without_file"
    REGISTERED_WITHOUT_FILE_IN_BROWSER = "registered_without_file_in_browser"
    FILE_NOT_REGISTERED = "file_not_registered"
    FILE_NOT_REGISTERED_IN_BROWSER = "file_not_registered_in_browser"
    STATUS_DIFFERS = "status_differs"
    STATUS_DIFFERS_IN_BROWSER = "status_differs_in_browser"
    STATUS_DIFFERS_FILE_AHEAD = "status_differs_file_ahead"
    PUBLISHED_CHANGED_IN_FILE = "published_changed_in_file"
    CHANGED_MEANWHILE = "changed_meanwhile"
    CHANGED_MEANWHILE_IN_BROWSER = "changed_meanwhile_in_browser"
    PUBLISHED_CHANGED_IN_FILE_IN_BROWSER = "published_changed_in_file_in_browser"
    STATUS_DIFFERS_FILE_AHEAD_IN_BROWSER = "status_differs_file_ahead_in_browser"
    DRAFT_PUBLISHED_IN_FILE = "draft_published_in_file"
    DRAFT_PUBLISHED_IN_FILE_IN_BROWSER = "draft_published_in_file_in_browser"
    DRAFT_WITHDRAWN_IN_FILE = "draft_withdrawn_in_file"
    DRAFT_WITHDRAWN_IN_FILE_IN_BROWSER = "draft_withdrawn_in_file_in_browser"
    SEND_STATUS_DIFFERS = "send_status_differs"
    SEND_NOT_REGISTERED = "send_not_registered"
    ARCHIVE_NOT_REGISTERED = "archive_not_registered"
    ARCHIVE_PUBLISHED_EDITED = "archive_published_edited"
    ARCHIVE_PUBLISHED_EDITED_IN_BROWSER = "archive_published_edited_in_browser"
    ARCHIVE_NOT_REGISTERED_IN_BROWSER = "archive_not_registered_in_browser"
    BUILD_STATUS_DIFFERS = "build_status_differs"
    BUILD_STATUS_DIFFERS_IN_BROWSER = "build_status_differs_in_browser"
    BUILD_NOT_PUBLIC_OUT = "build_not_public_out"
    INVITE_STATUS_DIFFERS = "invite_status_differs"
    ARCHIVE_STATUS_DIFFERS = "archive_status_differs"
    ARCHIVE_STATUS_DIFFERS_IN_BROWSER = "archive_status_differs_in_browser"
    REGISTERED_WITHDRAWN_WITHOUT_REASON = "registered_withdrawn_without_reason"
    REGISTERED_WITHDRAWN_WITHOUT_REASON_IN_BROWSER = (
        "registered_withdrawn_without_reason_in_browser"
    )
    NUMBER_GAP = "number_gap"
    NUMBER_GAP_IN_BROWSER = "number_gap_in_browser"
    NUMBER_GAP_RUN = "number_gap_run"
    NUMBER_GAP_RUN_IN_BROWSER = "number_gap_run_in_browser"
    # register and numbers (hostile input)
    REGISTER_EMPTY = "register_empty"
    REGISTER_EMPTY_IN_BROWSER = "register_empty_in_browser"
    REGISTER_DAMAGED = "register_damaged"
    REGISTER_DAMAGED_IN_BROWSER = "register_damaged_in_browser"
    REGISTER_LINK_BROKEN = "register_link_broken"
    NUMBER_OUT_OF_RANGE = "number_out_of_range"
    NUMBERS_EXHAUSTED = "numbers_exhausted"
    NUMBERS_EXHAUSTED_IN_BROWSER = "numbers_exhausted_in_browser"
    YEAR_OUT_OF_RANGE = "year_out_of_range"
    REGISTER_BAD_WHOLE_NUMBER = "register_bad_whole_number"
    REGISTER_BAD_WHOLE_NUMBER_IN_BROWSER = "register_bad_whole_number_in_browser"
    REGISTER_BAD_DATE = "register_bad_date"
    REGISTER_BAD_DATE_IN_BROWSER = "register_bad_date_in_browser"
    REGISTER_BAD_TIMESTAMP = "register_bad_timestamp"
    REGISTER_BAD_TIMESTAMP_IN_BROWSER = "register_bad_timestamp_in_browser"
    REGISTER_BAD_TEXT = "register_bad_text"
    REGISTER_BAD_TEXT_IN_BROWSER = "register_bad_text_in_browser"
    REGISTER_BAD_CHOICE = "register_bad_choice"
    REGISTER_BAD_CHOICE_IN_BROWSER = "register_bad_choice_in_browser"
    REGISTER_BAD_RELEASE_NUMBER = "register_bad_release_number"
    REGISTER_BAD_RELEASE_NUMBER_IN_BROWSER = "register_bad_release_number_in_browser"
    LIST_NOT_A_TABLE = "list_not_a_table"
    LIST_EMPTY = "list_empty"
    LIST_NO_PEOPLE = "list_no_people"
    LIST_MISSING_COLUMN = "list_missing_column"
    LIST_MISSING_COLUMN_SUGGESTION = "list_missing_column_suggestion"
    LIST_DUPLICATE_COLUMN = "list_duplicate_column"
    LIST_NO_NAME = "list_no_name"
    LIST_MISSING_VALUE = "list_missing_value"
    LIST_BAD_POSTCODE = "list_bad_postcode"
    LIST_BAD_SALUTATION = "list_bad_salutation"
    LIST_POSTCODE_REPAIRED = "list_postcode_repaired"
    LIST_FIRST_NAME_ONLY = "list_first_name_only"
    LIST_DUPLICATE_PERSON = "list_duplicate_person"
    LIST_DUPLICATE_REGISTRATION = "list_duplicate_registration"
    INVITE_WITHOUT_EVENT = "invite_without_event"
    INVITE_WITHOUT_EVENT_IN_BROWSER = "invite_without_event_in_browser"
    INVITE_DATE_AFTER_RSVP = "invite_date_after_rsvp"
    INVITE_DATE_AFTER_RSVP_IN_BROWSER = "invite_date_after_rsvp_in_browser"
    INVITE_DATE_AFTER_EVENT = "invite_date_after_event"
    INVITE_DATE_AFTER_EVENT_IN_BROWSER = "invite_date_after_event_in_browser"
    # letters (issue 13)
    LIST_TITLE_TWICE = "list_title_twice"
    LIST_FAMILY_WITHOUT_NAME = "list_family_without_name"
    ADDRESS_TOO_MANY_LINES = "address_too_many_lines"
    ADDRESS_LINE_TOO_WIDE = "address_line_too_wide"
    ADDRESS_WORD_TOO_WIDE = "address_word_too_wide"
    ADDRESS_TOO_MANY_LINES_WRAPPED = "address_too_many_lines_wrapped"
    ADDRESS_CHARACTER_WITHOUT_FONT = "address_character_without_font"
    RETURN_ADDRESS_TOO_WIDE = "return_address_too_wide"
    RETURN_ADDRESS_NAME_ONLY = "return_address_name_only"
    BUSINESS_DETAIL_TOO_MANY_LINES = "business_detail_too_many_lines"
    BUSINESS_DETAILS_TOO_WIDE = "business_details_too_wide"
    INFORMATION_TOO_WIDE = "information_too_wide"
    LETTER_FONT_MISSING = "letter_font_missing"
    LISTS_WITHOUT_EVENT = "lists_without_event"
    LISTS_WITHOUT_EVENT_IN_BROWSER = "lists_without_event_in_browser"
    CONFIG_EXPECTED_TABLE = "config_expected_table"
    CONFIG_TOO_DEEP = "config_too_deep"
    CONFIG_INTERNAL_IN_OUTPUT = "config_internal_in_output"
    CONFIG_OUTPUT_IN_INTERNAL = "config_output_in_internal"
    CONFIG_OUTPUT_CONTAINS_RELEASES = "config_output_contains_releases"
    # press release (issue 13)
    BAD_VENUE_PREPOSITION = "bad_venue_preposition"
    LOGO_UNUSABLE = "logo_unusable"
    BAD_LOGO_HEIGHT = "bad_logo_height"
    # hostile and messy input: sizes, characters, YAML constructs
    FILE_TOO_LARGE = "file_too_large"
    RELEASE_TEXT_TOO_LARGE = "release_text_too_large"
    FORBIDDEN_CHARACTER_IN_FILE = "forbidden_character_in_file"
    FORBIDDEN_CHARACTER = "forbidden_character"
    MOJIBAKE = "mojibake"
    TEMPLATE_EXAMPLE = "template_example"
    TEMPLATE_EXAMPLE_IN_BROWSER = "template_example_in_browser"
    TEXT_TOO_LONG = "text_too_long"
    TOO_MANY_PARAGRAPHS = "too_many_paragraphs"
    WORD_TOO_LONG = "word_too_long"
    TOO_MANY_ITEMS = "too_many_items"
    YAML_ALIAS = "yaml_alias"
    YAML_TAG = "yaml_tag"
    YAML_TOO_DEEP = "yaml_too_deep"
    YAML_COMPLEX_KEY = "yaml_complex_key"
    YAML_TAB = "yaml_tab"
    YAML_NO_SPACE_AFTER_COLON = "yaml_no_space_after_colon"
    YAML_BLOCK_NOT_INDENTED = "yaml_block_not_indented"
    YAML_UNCLOSED_QUOTE = "yaml_unclosed_quote"
    YAML_INDENTED_TOO_FAR = "yaml_indented_too_far"
    YAML_INDENTED_LESS = "yaml_indented_less"
    YAML_COMMENTED_PARENT = "yaml_commented_parent"
    YAML_ODD_SPACE = "yaml_odd_space"
    YAML_NO_SPACE_AFTER_DASH = "yaml_no_space_after_dash"
    YAML_TEXT_AFTER_QUOTE = "yaml_text_after_quote"
    YAML_MISSING_COLON = "yaml_missing_colon"
    YAML_LINE_CONTINUES = "yaml_line_continues"
    YAML_COLON_IN_VALUE = "yaml_colon_in_value"
    YAML_ESCAPE_NO_CHARACTER = "yaml_escape_no_character"
    YAML_HASH_SPACE_LEFT = "yaml_hash_space_left"
    YAML_TEXT_AFTER_BAR = "yaml_text_after_bar"
    YAML_RESERVED_START = "yaml_reserved_start"
    LIST_FORBIDDEN_CHARACTER = "list_forbidden_character"
    LIST_MOJIBAKE = "list_mojibake"
    LIST_EXCEL_ERROR = "list_excel_error"
    LIST_EXCEL_DATE = "list_excel_date"
    LIST_EXCEL_BOOLEAN = "list_excel_boolean"
    LIST_NUMBER_NOT_TEXT = "list_number_not_text"
    LIST_CHARACTER_WITHOUT_FONT = "list_character_without_font"
    LIST_TEXT_TOO_LONG = "list_text_too_long"
    LIST_CELL_TOO_LONG_TO_READ = "list_cell_too_long_to_read"
    ARGUMENT_FORBIDDEN_CHARACTER = "argument_forbidden_character"
    ARGUMENT_PATH_CONTROL_CHARACTER = "argument_path_control_character"
    LIST_TOO_MANY_ROWS = "list_too_many_rows"
    LIST_TOO_MANY_EMPTY_ROWS = "list_too_many_empty_rows"
    LIST_TOO_MANY_COLUMNS = "list_too_many_columns"
    LIST_UNPACKED_TOO_LARGE = "list_unpacked_too_large"
    LIST_UNBALANCED_QUOTE = "list_unbalanced_quote"
    LIST_MORE_CELLS_THAN_HEADER = "list_more_cells_than_header"
    LIST_MIXED_ENCODING = "list_mixed_encoding"
    LIST_MAC_ENCODING = "list_mac_encoding"
    LIST_SHEET_READ = "list_sheet_read"
    LIST_HIDDEN_ROW = "list_hidden_row"
    LIST_HIDDEN_ROWS = "list_hidden_rows"
    LIST_HEADER_ROW = "list_header_row"
    # recipient lists: address columns, names, merged cells, formulas
    LIST_FORMULA_WITHOUT_RESULT = "list_formula_without_result"
    LIST_FORMULAS_WITHOUT_RESULT = "list_formulas_without_result"
    LIST_TOO_MANY_MERGED_RANGES = "list_too_many_merged_ranges"
    LIST_TOO_MANY_ELEMENTS = "list_too_many_elements"
    LIST_TOO_MANY_PARTS = "list_too_many_parts"
    LIST_UNREAD_COLUMN = "list_unread_column"
    LIST_UNREAD_COLUMNS = "list_unread_columns"
    LIST_NO_STREET = "list_no_street"
    LIST_TITLE_IN_NAME = "list_title_in_name"
    LIST_WHOLE_NAME_IN_LAST_NAME = "list_whole_name_in_last_name"
    LIST_COMMA_IN_LAST_NAME = "list_comma_in_last_name"
    LIST_POSTCODE_AND_CITY_IN_ONE = "list_postcode_and_city_in_one"
    LIST_SALUTATION_WITHOUT_NAME = "list_salutation_without_name"
    LIST_MISSING_LAST_NAME_COLUMN_NAME = "list_missing_last_name_column_name"
    LIST_NO_FIRST_NAME_FOR_GREETING = "list_no_first_name_for_greeting"
    # archive (issue 11)
    ARCHIVE_BAD_MOMENT = "archive_bad_moment"
    ARCHIVE_AT_NEEDS_OUT = "archive_at_needs_out"
    ARCHIVE_FILE_GONE = "archive_file_gone"
    ARCHIVE_OUT_INTERNAL = "archive_out_internal"
    ARCHIVE_OUT_CONTAINS_INTERNAL = "archive_out_contains_internal"
    ARCHIVE_OUT_CONTAINS_RELEASES = "archive_out_contains_releases"
    ARCHIVE_OUT_IN_RELEASES = "archive_out_in_releases"
    PERSONAL_OUT_PUBLIC = "personal_out_public"
    ARCHIVE_FEED_NEEDS_BASE_URL = "archive_feed_needs_base_url"
    ARCHIVE_BASE_URL_NOT_WEB = "archive_base_url_not_web"
    ARCHIVE_BASE_URL_NOT_A_FOLDER = "archive_base_url_not_a_folder"
    ARCHIVE_DOCUMENT_NEVER_PUBLIC = "archive_document_never_public"
    ARCHIVE_DOCUMENT_NEVER_PUBLIC_IN_BROWSER = "archive_document_never_public_in_browser"
    ARCHIVE_DOCUMENT_BEFORE_ITS_TIME = "archive_document_before_its_time"
    ARCHIVE_DOCUMENT_BEFORE_ITS_TIME_IN_BROWSER = "archive_document_before_its_time_in_browser"
    ARCHIVE_UNREADABLE_NEVER_PUBLIC = "archive_unreadable_never_public"
    EMBARGO_BEFORE_DATE = "embargo_before_date"
    EMBARGO_TIME_TWICE = "embargo_time_twice"
    CORRECTION_NOTE_MISSING = "correction_note_missing"
    WITHDRAWN_AFTER_SENDING = "withdrawn_after_sending"
    CORRECTION_NOTE_MISSING_IN_BROWSER = "correction_note_missing_in_browser"
    ARCHIVE_REGISTER_LOST = "archive_register_lost"
    ARCHIVE_REGISTER_LOST_IN_BROWSER = "archive_register_lost_in_browser"
    # release life (issue 11)
    DISCARD_WITHOUT_STATUS = "discard_without_status"
    PUBLISH_INCOMPLETE = "publish_incomplete"
    PUBLISH_INCOMPLETE_IN_EDITOR = "publish_incomplete_in_editor"
    ALREADY_PUBLISHED = "already_published"
    ALREADY_PUBLISHED_IN_BROWSER = "already_published_in_browser"
    PUBLISHED_LATER_IN_BROWSER = "published_later_in_browser"
    PUBLISH_WITHDRAWN = "publish_withdrawn"
    PUBLISH_WITHDRAWN_IN_BROWSER = "publish_withdrawn_in_browser"
    NUMBER_DISCARDED = "number_discarded"
    NUMBER_DISCARDED_IN_BROWSER = "number_discarded_in_browser"
    WITHDRAW_DRAFT = "withdraw_draft"
    WITHDRAW_DRAFT_IN_BROWSER = "withdraw_draft_in_browser"
    DISCARD_PUBLISHED = "discard_published"
    DISCARD_PUBLISHED_IN_BROWSER = "discard_published_in_browser"
    DISCARD_WITHDRAWN = "discard_withdrawn"
    BAD_NUMBER_RANGE = "bad_number_range"
    DISCARD_NUMBER_GIVEN = "discard_number_given"
    DISCARD_NUMBER_HAS_FILE = "discard_number_has_file"
    CORRECT_DRAFT = "correct_draft"
    CORRECT_DRAFT_IN_BROWSER = "correct_draft_in_browser"
    CORRECTION_BEFORE_ORIGINAL = "correction_before_original"
    CORRECTION_BEFORE_ORIGINAL_IN_BROWSER = "correction_before_original_in_browser"
    CORRECTION_PUBLIC_BEFORE_ORIGINAL = "correction_public_before_original"
    STATUS_OF_FILE_DIFFERS = "status_of_file_differs"
    STATUS_OF_FILE_DIFFERS_IN_BROWSER = "status_of_file_differs_in_browser"
    BUILD_DISCARDED = "build_discarded"
    DISCARD_LEAVES_GAP = "discard_leaves_gap"

    # shared register (issue 12)
    DATABASE_URL_HAS_PASSWORD = "database_url_has_password"
    SHARED_REGISTER_UNREACHABLE = "shared_register_unreachable"
    SHARED_REGISTER_NOT_POSTGRES = "shared_register_not_postgres"
    SHARED_REGISTER_UNKNOWN_HOST = "shared_register_unknown_host"
    SHARED_REGISTER_NO_PASSWORD = "shared_register_no_password"
    SHARED_REGISTER_BAD_PASSWORD = "shared_register_bad_password"
    SHARED_REGISTER_TLS_FAILED = "shared_register_tls_failed"
    SHARED_REGISTER_NO_DATABASE = "shared_register_no_database"
    SHARED_REGISTER_NO_CONNECT_RIGHT = "shared_register_no_connect_right"
    SHARED_REGISTER_NO_SCHEMA = "shared_register_no_schema"
    SHARED_REGISTER_NO_SCHEMA_USAGE = "shared_register_no_schema_usage"
    SHARED_REGISTER_BAD_URL_VALUE = "shared_register_bad_url_value"
    SHARED_REGISTER_NOT_ALLOWED = "shared_register_not_allowed"
    SHARED_REGISTER_NOT_ALLOWED_UNENCRYPTED = "shared_register_not_allowed_unencrypted"
    SHARED_REGISTER_NO_PERMISSION = "shared_register_no_permission"
    SHARED_REGISTER_CONNECTION_LOST = "shared_register_connection_lost"
    SHARED_REGISTER_COMMIT_UNCERTAIN = "shared_register_commit_uncertain"
    SHARED_REGISTER_COMMIT_UNCERTAIN_IN_BROWSER = "shared_register_commit_uncertain_in_browser"
    SHARED_REGISTER_FAILED = "shared_register_failed"
    SHARED_REGISTER_NOT_INITIALISED = "shared_register_not_initialised"
    SHARED_REGISTER_NOT_INITIALISED_IN_BROWSER = "shared_register_not_initialised_in_browser"
    SHARED_REGISTER_NOT_PRESSETOOL = "shared_register_not_pressetool"
    SHARED_REGISTER_NOT_A_FILE = "shared_register_not_a_file"
    REGISTER_SCHEMA_NEWER = "register_schema_newer"
    REGISTER_SCHEMA_OLDER = "register_schema_older"
    REGISTER_SCHEMA_OLDER_IN_BROWSER = "register_schema_older_in_browser"
    MIGRATE_NEEDS_CONFIG = "migrate_needs_config"
    MIGRATE_ENVIRONMENT_SET = "migrate_environment_set"
    MIGRATE_SOURCE_NOT_SQLITE = "migrate_source_not_sqlite"
    MIGRATE_TARGET_NOT_POSTGRESQL = "migrate_target_not_postgresql"
    MIGRATE_TARGET_NOT_EMPTY = "migrate_target_not_empty"
    MIGRATE_MISMATCH = "migrate_mismatch"
    MIGRATE_CONFIG_NOT_SWITCHABLE = "migrate_config_not_switchable"
    MIGRATE_CONFIG_NOT_WRITTEN = "migrate_config_not_written"

    # sending (issue 16)
    MAIL_PASSWORD_IN_SETTINGS = "mail_password_in_settings"
    MAIL_PASSWORD_FILE_INSIDE = "mail_password_file_inside"
    MAIL_BAD_NUMBER = "mail_bad_number"
    MAIL_BAD_ADDRESS = "mail_bad_address"
    MAIL_NOT_CONFIGURED = "mail_not_configured"
    MAIL_NO_PASSWORD = "mail_no_password"
    MAIL_PASSWORD_FILE_UNREADABLE = "mail_password_file_unreadable"
    MAIL_UNKNOWN_HOST = "mail_unknown_host"
    MAIL_UNREACHABLE = "mail_unreachable"
    MAIL_TLS_CERTIFICATE = "mail_tls_certificate"
    MAIL_TLS_FAILED = "mail_tls_failed"
    MAIL_NO_STARTTLS = "mail_no_starttls"
    MAIL_NO_AUTH = "mail_no_auth"
    MAIL_AUTH_FAILED = "mail_auth_failed"
    MAIL_AUTH_NOT_ASCII = "mail_auth_not_ascii"
    MAIL_PASSWORD_NOT_UTF8 = "mail_password_not_utf8"
    MAIL_SENDER_REFUSED = "mail_sender_refused"
    MAIL_SERVER_PUT_OFF = "mail_server_put_off"
    MAIL_WAIT_PUT_OFF = "mail_wait_put_off"
    MAIL_WAIT_CONNECTION = "mail_wait_connection"
    MAIL_CONNECTION_LOST = "mail_connection_lost"
    MAIL_RECIPIENT_REJECTED = "mail_recipient_rejected"
    MAIL_RECIPIENT_TEMPORARY = "mail_recipient_temporary"
    MAIL_MESSAGE_REJECTED = "mail_message_rejected"
    MAIL_DELIVERY_UNCERTAIN = "mail_delivery_uncertain"
    MAIL_BCC_REJECTED = "mail_bcc_rejected"
    SEND_NO_RELEASE_FILE = "send_no_release_file"
    SEND_DRAFT = "send_draft"
    SEND_WITHDRAWN = "send_withdrawn"
    SEND_DISCARDED = "send_discarded"
    SEND_BEFORE_EMBARGO = "send_before_embargo"
    SEND_BEFORE_DATE = "send_before_date"
    INVITATIONS_REFUSED = "invitations_refused"
    LISTS_OF_CANCELLED_RELEASE = "lists_of_cancelled_release"
    INVITATIONS_REFUSED_IN_BROWSER = "invitations_refused_in_browser"
    ADDRESS_INVISIBLE_CHARACTER = "address_invisible_character"
    SEND_LIST_BAD_ADDRESS = "send_list_bad_address"
    INVITE_LIST_BAD_ADDRESS = "invite_list_bad_address"
    SEND_LIST_NO_ADDRESS = "send_list_no_address"
    SEND_LIST_DUPLICATE = "send_list_duplicate"
    SEND_LIST_SHARED_ADDRESS = "send_list_shared_address"
    SEND_LIST_NO_GROUP_COLUMN = "send_list_no_group_column"
    SEND_LIST_UNKNOWN_GROUP = "send_list_unknown_group"
    SEND_LIST_NOBODY = "send_list_nobody"
    SEND_RESEND_UNKNOWN = "send_resend_unknown"
    INVITE_RESEND_UNKNOWN = "invite_resend_unknown"
    SEND_BUSY = "send_busy"
    SEND_JOURNAL_DAMAGED = "send_journal_damaged"


MESSAGES: dict[Code, str] = {
    # files
    Code.FILE_NOT_FOUND: "Die Datei gibt es nicht. Prüfen Sie Ordner und Dateinamen.",
    Code.FILE_UNREADABLE: "Die Datei lässt sich nicht lesen ({detail}).",
    Code.NOT_UTF8: "Die Datei ist nicht in UTF-8 gespeichert. Speichern Sie sie im Editor "
    "mit der Kodierung „UTF-8“.",
    Code.NOT_YAML: "Die Datei ist kein gültiges YAML: {detail}.",
    Code.EMPTY_FILE: "Die Datei ist leer. Tragen Sie die Felder der Pressemitteilung ein "
    "(number, date, title, issuer, body).",
    Code.NOT_A_MAPPING: "Die Datei muss aus Feldern der Form „name: Wert“ bestehen.",
    # fields
    Code.UNKNOWN_FIELD_SUGGESTION: "Das Feld gibt es nicht. Meinten Sie „{suggestion}“?",
    Code.UNKNOWN_FIELD: "Das Feld gibt es nicht. Erlaubt sind hier: {allowed}.",
    Code.UNKNOWN_FIELD_AFTER_COMMA: "Ein Komma in {{…}} trennt Felder: Der Text nach dem "
    "Komma gilt als eigenes Feld. Setzen Sie den ganzen Wert in Anführungszeichen: "
    '{field}: "{whole}".',
    Code.UNKNOWN_FIELD_INVISIBLE: "Im Feldnamen steht ein unsichtbares Zeichen ({character}), "
    "wie es beim Kopieren entsteht; so ist er ein anderer Name. Löschen Sie den Feldnamen und "
    "schreiben Sie ihn neu.",
    Code.DUPLICATE_FIELD: "Das Feld steht zweimal da. Löschen Sie eines der beiden.",
    Code.MISSING_FIELD: "Das Pflichtfeld fehlt oder ist leer. Tragen Sie einen Wert ein.",
    Code.LIST_NOT_CHOSEN: "Wählen Sie die Empfängerliste aus: eine Excel-Tabelle (.xlsx) oder "
    "CSV-Datei.",
    Code.EXPECTED_TEXT: "Hier gehört ein Text hin, keine Liste und keine Unterfelder.",
    Code.EXPECTED_MAPPING: "Hier gehören Unterfelder hin (eingerückt, in der Form „name: Wert“).",
    Code.EXPECTED_FIELDS: "Hier gehören Unterfelder hin, jedes in einer eigenen Zeile darunter, "
    "eingerückt und in der Form „name: Wert“; möglich sind {fields}.",
    Code.EXPECTED_LIST: "Hier gehört eine Liste hin: jeder Eintrag in einer eigenen Zeile "
    "mit „- “ davor.",
    Code.BAD_ARTICLE: "„{value}“ ist kein Artikel. Schreiben Sie der, die oder das.",
    Code.BAD_EMAIL: "„{value}“ ist keine E-Mail-Adresse. Schreiben Sie sie vollständig, in "
    "der Form name@domain.de.",
    Code.BAD_DATE: "„{value}“ ist kein gültiges Datum. Schreiben Sie ein Datum, das es gibt, "
    "als TT.MM.JJJJ oder JJJJ-MM-TT, zum Beispiel 2.3.2020 oder 2020-03-02.",
    Code.BAD_DATETIME: "„{value}“ ist kein gültiger Zeitpunkt. Schreiben Sie Datum und Uhrzeit, "
    "zum Beispiel 2.3.2020 10:00 oder 2020-03-02 10:00.",
    Code.CORRECTION_YEAR_DIFFERS: "Nr. {number} ist eine Nummer des Jahres {year}, das Datum "
    "{date} liegt in einem anderen: Die Jahreszahl einer Nummer ist das Jahr ihres Datums. "
    "Tragen Sie Nummer und Datum der berichtigten Pressemitteilung ein, wie sie über ihr "
    "stehen.",
    Code.ORIGINAL_AFTER_CORRECTION: "Die berichtigte Pressemitteilung Nr. {number} vom {date} "
    "wäre jünger als diese Berichtigung vom {own}; eine Berichtigung folgt auf das, was sie "
    "berichtigt. Prüfen Sie beide Daten.",
    Code.NOT_A_RELEASE_FILE: "Das ist keine Pressemitteilungs-Datei, sondern {kind}. Geben Sie "
    "die Datei aus releases/ an, deren Name auf .yaml endet; PDF und DOCX erzeugt pressetool "
    "aus ihr.",
    Code.DATETIME_WITH_ZONE: "„{value}“ nennt eine Zeitzone; pressetool liest Zeitpunkte als "
    "Berliner Uhrzeit. Schreiben Sie die Berliner Uhrzeit ohne Zeitzone, hier {berlin}.",
    Code.TIME_SKIPPED_IN_BERLIN: "„{value}“: Diese Uhrzeit gibt es am {date} in Berlin nicht, "
    "die Uhr springt dort von 2 auf 3 Uhr (Beginn der Sommerzeit). Schreiben Sie eine Uhrzeit "
    "ab 3 Uhr, etwa 3:00.",
    Code.BAD_TIME: "„{value}“ ist keine gültige Uhrzeit. Schreiben Sie Stunde und Minute, "
    'zum Beispiel "9:30" oder "13:00".',
    Code.END_BEFORE_START: "Das Ende ({end:%H:%M}) liegt nicht nach dem Beginn ({start:%H:%M}). "
    "Prüfen Sie start und end.",
    Code.RSVP_AFTER_EVENT: "Die Rückmeldung ist bis {rsvp:%d.%m.%Y} erbeten, die "
    "Veranstaltung ist aber schon am {event:%d.%m.%Y}. Prüfen Sie rsvp_by und event.date.",
    Code.BAD_POSTCODE: "„{value}“ ist keine Postleitzahl. Schreiben Sie fünf Ziffern, zum "
    'Beispiel 10117 oder 01067 (in der Datei in Anführungszeichen: "01067").',
    Code.BAD_POSTCODE_IN_BROWSER: "„{value}“ ist keine Postleitzahl. Schreiben Sie fünf "
    "Ziffern, zum Beispiel 10117 oder 01067.",
    Code.BAD_NUMBER: "„{value}“ ist keine Nummer. Schreiben Sie eine ganze Zahl ab 1, "
    "zum Beispiel 67.",
    Code.BAD_ROW_COUNT: "„{value}“ ist keine Anzahl von 0 bis {limit}. Schreiben Sie eine "
    "ganze Zahl von 0 bis {limit}, zum Beispiel 20.",
    Code.BAD_RELEASE_NUMBER: "„{value}“ ist keine Pressemitteilungsnummer. Schreiben Sie "
    "Nummer/Jahr, zum Beispiel 067/2020.",
    Code.BAD_CHOICE: "„{value}“ ist hier nicht möglich. Schreiben Sie {choices}.",
    Code.NUMBER_MISMATCH: "Die Nummer {number} passt nicht zum Dateinamen „{filename}“, der mit "
    "{file_number} beginnt. Korrigieren Sie die Nummer oder den Dateinamen.",
    Code.YEAR_MISMATCH: "Das Datum liegt im Jahr {year}, die Datei aber im Ordner {folder}; "
    "eine Nummer zählt im Jahr ihres Ordners. Stimmt das Datum nicht, korrigieren Sie es; kam "
    "die Datei aus dem Ordner {year}, legen Sie sie dorthin zurück. Soll sie erst {year} "
    "erscheinen, braucht sie eine neue Nummer des Jahres {year}, und die bisherige Nummer "
    "verwerfen Sie.",
    Code.WITHDRAWAL_WITHOUT_STATUS: "Hier steht eine Zurückziehung, aber status ist nicht "
    "withdrawn. Schreiben Sie status: withdrawn oder löschen Sie withdrawal.",
    Code.WITHDRAWN_WITHOUT_REASON: "Die Pressemitteilung ist als zurückgezogen markiert "
    "(status: withdrawn), aber Datum und Grund fehlen. Tragen Sie unter withdrawal "
    "date und reason ein.",
    # typography (warnings of `pressetool check`)
    Code.ABBREVIATION_SPACE: "Abkürzung ohne Leerzeichen: Zwischen ihre Teile gehört ein "
    "schmales geschütztes Leerzeichen, das sie auf einer Zeile hält. Ein gewöhnliches "
    "Leerzeichen genügt, pressetool setzt das schmale selbst. Schreiben Sie »{suggestion}« "
    "statt »{found}«",
    Code.THREE_DOTS: "Drei Punkte statt Auslassungszeichen. Schreiben Sie »{suggestion}« "
    "statt »{found}«",
    Code.PERCENT_SPACE: "Vor dem Prozentzeichen steht ein (geschütztes) Leerzeichen. Schreiben "
    "Sie »{suggestion}« statt »{found}«",
    Code.WEEKDAY_RANGE: "Bindestrich statt Streckenstrich zwischen Wochentagen. Schreiben Sie "
    "»{suggestion}« statt »{found}«",
    Code.APOSTROPHE_GENITIVE: "Der deutsche Genitiv hat keinen Apostroph. Schreiben Sie "
    "»{suggestion}« statt »{found}« (bei einem Firmennamen kann er bleiben)",
    Code.STRAIGHT_SINGLE_QUOTES: "Gerade halbe Anführungszeichen. Schreiben Sie »{suggestion}« "
    "statt »{found}«",
    Code.SPACE_BEFORE_PUNCTUATION: "Leerzeichen vor einem Satzzeichen. Schreiben Sie "
    "»{suggestion}« statt »{found}«",
    Code.HYPHEN_AS_DASH: "Bindestrich statt Gedankenstrich. Schreiben Sie »{suggestion}« "
    "statt »{found}«",
    Code.FROM_WITH_DASH: "„von“ verlangt „bis“, nicht den Strich. Schreiben Sie »{suggestion}« "
    "statt »{found}«",
    Code.NESTED_QUOTES: "Anführungszeichen in Anführungszeichen werden halbe. Schreiben Sie "
    "»{suggestion}« statt »{found}«",
    Code.ARTICLE_OFFICE: "Der Artikel „{article}“ passt nicht zu „{office}“. Schreiben Sie "
    "»{suggestion}« oder prüfen Sie die Amtsbezeichnung.",
    Code.CHARACTER_WITHOUT_FONT: "In »{found}« steht ein Zeichen, das keine auf diesem "
    "Rechner installierte Schrift hat; im PDF stünde dort ein leeres Kästchen. Schreiben Sie "
    "»{suggestion}«, oder bitten Sie die IT, eine Schrift dafür zu installieren (für "
    "Chinesisch, Japanisch und Koreanisch das Debian-Paket fonts-noto-cjk)",
    Code.STRAIGHT_QUOTES: "Gerade Anführungszeichen. Schreiben Sie »{suggestion}« statt »{found}«",
    Code.ENGLISH_QUOTES: "Englische Anführungszeichen. Schreiben Sie »{suggestion}« statt "
    "»{found}«",
    Code.COMMENT_CUTS_TEXT: "Ab „#“ ist der Rest der Zeile ein Kommentar und fehlt im Text: "
    "»{found}«. Soll er in den Text, schreiben Sie den Wert in Anführungszeichen: "
    "»{suggestion}«",
    Code.TEMPLATE_EXAMPLE_LEFT: "„{found}“ ist noch das Beispiel aus der Vorlage von „pressetool "
    "new“. Tragen Sie die richtige Angabe ein; so wird die Pressemitteilung nicht veröffentlicht.",
    Code.TEMPLATE_EXAMPLE_LEFT_IN_BROWSER: "„{found}“ ist noch das Beispiel aus der Vorlage einer "
    "neuen Pressemitteilung. Tragen Sie die richtige Angabe ein; so wird die Pressemitteilung "
    "nicht veröffentlicht.",
    Code.HYPHEN_AS_RANGE_DASH: "Bindestrich statt Streckenstrich (–). Schreiben Sie »{suggestion}« "
    "statt »{found}«",
    Code.MISSING_SPACE_BEFORE_UNIT: "Vor „Uhr“ fehlt ein Leerzeichen. Schreiben Sie »{suggestion}« "
    "statt »{found}«",
    Code.LIST_IN_PARAGRAPH: "Die Zeile »{found}« beginnt wie ein Punkt einer Aufzählung, steht "
    "aber im selben Absatz wie die Zeile darüber; die Zeilen eines Absatzes werden zu einer "
    "zusammengefügt, die Aufzählung ginge verloren. Setzen Sie eine Leerzeile davor (jeder "
    "Punkt ein Absatz) oder schreiben Sie die Punkte als Satz.",
    Code.DOUBLE_SPACE: "Doppeltes Leerzeichen. Schreiben Sie »{suggestion}« statt »{found}«",
    Code.TIME_RANGE_HOUSE_STYLE: "Zeitspanne nicht in der Hausschreibweise. Schreiben Sie "
    "»{suggestion}« statt »{found}«",
    Code.PHONE_HOUSE_STYLE: "Telefonnummer nicht in der Hausschreibweise. Schreiben Sie "
    "»{suggestion}« statt »{found}«",
    Code.FIX_NOT_IN_FILE: "„pressetool check --fix“ ändert dieses Feld nicht: Was sich von "
    "»{found}« zu »{suggestion}« ändert, steht in der Datei nicht Zeichen für Zeichen so da "
    "(etwa ein Zeilenende, aus dem YAML ein Leerzeichen oder einen Zeilenumbruch macht). Ändern "
    "Sie diese Stelle von Hand; die übrigen Hinweise des Felds setzt „--fix“ dann um.",
    Code.FIX_CHANGES_YAML: "„pressetool check --fix“ ändert dieses Feld nicht: Mit »{suggestion}« "
    "statt »{found}« an seiner Stelle in der Datei läse YAML die Datei anders. Ändern Sie diese "
    "Stelle von Hand; die übrigen Hinweise des Felds setzt „--fix“ dann um.",
    # office configuration
    Code.CONFIG_NOT_TOML: "Die Datei ist kein gültiges TOML. Prüfen Sie die Zeile: Texte stehen "
    'in Anführungszeichen (name = "…"), Abschnitte in eckigen Klammern ([office]).',
    Code.CONFIG_BAD_VALUE: "„{value}“ ist hier nicht möglich. Schreiben Sie {choices}.",
    Code.CONFIG_EXPECTED_TEXT: 'Hier gehört ein Text in Anführungszeichen hin, zum Beispiel "…".',
    # office folder (issue 11)
    Code.NO_OFFICE_FOLDER: "Hier ist kein Ordner einer Pressestelle: pressetool.toml gibt es "
    "weder in „{folder}“ noch in einem Ordner darüber. Nummern, Register und Archiv gehören "
    "einer Pressestelle; außerhalb ihres Ordners legte pressetool ein zweites Register an und "
    "vergäbe Nummern doppelt. Wechseln Sie in den Ordner Ihrer Pressestelle (cd ORDNER), oder "
    "legen Sie für eine neue Pressestelle einen an mit „pressetool init ORDNER --name "
    '"Bezirksamt … von Berlin"“.',
    Code.INIT_ALREADY_OFFICE: "In „{folder}“ liegt schon pressetool.toml: Das ist bereits der "
    "Ordner einer Pressestelle, mit ihrem Nummernregister. „pressetool init“ hat nichts "
    "verändert. Die Einstellungen ändern Sie in pressetool.toml selbst.",
    Code.INIT_INSIDE_OFFICE: "„{folder}“ liegt im Ordner der Pressestelle „{office}“ (dort liegt "
    "pressetool.toml). Eine Pressestelle hat ein einziges Nummernregister; ein Ordner darin "
    "bekäme ein zweites. Arbeiten Sie im Ordner „{office}“, oder legen Sie die neue "
    "Pressestelle außerhalb davon an. Es wurde nichts verändert.",
    Code.INIT_NOT_A_FOLDER: "„{folder}“ ist eine Datei, kein Ordner. Nennen Sie den Ordner, den "
    "„pressetool init“ anlegen oder einrichten soll. Es wurde nichts verändert.",
    Code.INIT_FILES_NOT_TAKEN_IN: "Diese Dateien in releases/ konnte pressetool nicht ins "
    "Nummernregister aufnehmen: {files}. „pressetool verify“ nennt, was an ihnen nicht stimmt; "
    "korrigieren Sie das, dann nimmt „pressetool reindex“ sie auf.",
    # number register and archive (new, list, withdraw, correct, verify, reindex, archive)
    Code.REGISTER_NOT_REACHABLE: "Das Nummernregister ist nicht da, wo pressetool.toml es "
    "hinlegt ([register] database_url). Ist das Laufwerk verbunden? Verbinden Sie es und "
    "versuchen Sie es noch einmal. pressetool legt dort kein neues, leeres Register an: "
    "es vergäbe Nummern ein zweites Mal. Ist das Register verloren, baut „pressetool "
    "reindex“ es aus den Dateien in releases/ neu auf.",
    Code.REGISTER_NOT_REACHABLE_IN_BROWSER: "Das Nummernregister ist nicht da, wo pressetool.toml "
    "es hinlegt ([register] database_url). Ist das Laufwerk verbunden? Verbinden Sie es und laden "
    "Sie die Seite neu. pressetool legt dort kein neues, leeres Register an: es vergäbe Nummern "
    "ein zweites Mal. Ist das Register verloren, bauen Sie es mit „Register aus den Dateien neu "
    "aufbauen“ unter „Register und Archiv“ neu auf.",
    Code.REGISTER_MISSING: "Das Nummernregister gibt es noch nicht. Legen Sie die erste "
    "Pressemitteilung mit „pressetool new“ an, oder bauen Sie das Register mit "
    "„pressetool reindex“ aus den Dateien in releases/ neu auf.",
    Code.REGISTER_LOST: "Das Nummernregister fehlt, aber in releases/ liegen schon "
    "Pressemitteilungen: Es ging wohl verloren. Holen Sie es aus der Datensicherung zurück; "
    "gibt es keine, bauen Sie es mit „pressetool reindex“ aus den Dateien neu auf. Nummern "
    "ohne Datei, etwa verworfene, kennt es dann nicht mehr.",
    Code.REGISTER_LOST_IN_BROWSER: "Das Nummernregister fehlt, aber in releases/ liegen schon "
    "Pressemitteilungen: Es ging wohl verloren. Lassen Sie es von Ihrer IT aus der Datensicherung "
    "zurückholen; gibt es keine, bauen Sie es mit „Register aus den Dateien neu aufbauen“ unter "
    "„Register und Archiv“ aus den Dateien neu auf. Nummern ohne Datei, etwa verworfene, kennt es "
    "dann nicht mehr.",
    Code.REGISTER_BUILT_FROM_FILES: "Das Nummernregister fehlte, obwohl in releases/ schon "
    "Pressemitteilungen liegen. pressetool hat es neu angelegt und zuerst aus diesen Dateien "
    "aufgebaut, wie „pressetool reindex“. Nummern ohne Datei kennt es nicht, etwa verworfene: "
    "Gab es eine Sicherung des Registers, holen Sie sie zurück und prüfen Sie mit „pressetool "
    "verify“, ob die eben vergebene Nummer darin schon vergeben war.",
    Code.REGISTER_BUILT_FROM_FILES_IN_BROWSER: "Das Nummernregister fehlte, obwohl in releases/ "
    "schon Pressemitteilungen liegen. pressetool hat es neu angelegt und zuerst aus diesen Dateien "
    "aufgebaut. Nummern ohne Datei kennt es nicht, etwa verworfene: Gab es eine Sicherung des "
    "Registers, lassen Sie sie von Ihrer IT zurückholen und prüfen Sie mit „Register prüfen“ unter "
    "„Register und Archiv“, ob die eben vergebene Nummer darin schon vergeben war.",
    Code.REGISTER_MISSING_IN_BROWSER: "Das Nummernregister gibt es noch nicht. Legen Sie die erste "
    "Pressemitteilung unter „Neue Pressemitteilung“ an, oder bauen Sie das Register mit "
    "dem Knopf „Register aus den Dateien in releases/ aufbauen“ auf.",
    Code.REGISTER_NOT_PRESSETOOL: "Die Datei ist kein Nummernregister von pressetool; sie wurde "
    "nicht verändert. Prüfen Sie database_url unter [register] in pressetool.toml, oder "
    "verschieben Sie die Datei und bauen Sie das Register mit „pressetool reindex“ neu auf.",
    Code.REGISTER_NOT_PRESSETOOL_IN_BROWSER: "Die Datei ist kein Nummernregister von pressetool; "
    "sie wurde nicht verändert. Lassen Sie Ihre IT database_url unter [register] in "
    "pressetool.toml prüfen oder die Datei beiseitelegen; dann bauen Sie das Register mit "
    "„Register aus den Dateien neu aufbauen“ unter „Register und Archiv“ neu auf.",
    Code.REGISTER_NOT_WRITABLE: "Das Nummernregister lässt sich nicht schreiben. "
    "Prüfen Sie, ob Sie im Ordner „{folder}“ schreiben dürfen; es wurde nichts verändert.",
    Code.REGISTER_BUSY: "Das Nummernregister ist gerade von einem anderen Vorgang belegt. "
    "Versuchen Sie es gleich noch einmal; es wurde nichts verändert.",
    Code.BAD_DATABASE_URL: "„{value}“ ist keine Datenbank-Adresse, die pressetool kennt. "
    "Schreiben Sie sqlite:///releases/register.sqlite (Pfad im Ordner der Pressestelle), "
    "sqlite:////voller/pfad/register.sqlite oder für ein gemeinsames Register "
    "postgresql://benutzer@server/datenbank.",
    Code.DATABASE_URL_UNKNOWN_PARAMETER: "In der Datenbank-Adresse „{value}“ ist „{parameter}“ "
    "keine Angabe, die PostgreSQL kennt{meant}. Berichtigen Sie die Adresse; es wurde nichts "
    "verändert.",
    Code.NUMBER_NEVER_GIVEN: "Die Nummer {number} ist nie vergeben worden. "
    "„pressetool list“ zeigt die vergebenen Nummern.",
    Code.NUMBER_NEVER_GIVEN_IN_BROWSER: "Die Nummer {number} ist nie vergeben worden; es wurde "
    "nichts verändert. Die Übersicht zeigt die vergebenen Nummern. Trägt eine Datei die Nummer, "
    "nehmen Sie sie mit „Register aus den Dateien neu aufbauen“ unter „Register und Archiv“ ins "
    "Register auf.",
    Code.ALREADY_WITHDRAWN: "Die Pressemitteilung Nr. {number} ist bereits zurückgezogen "
    "(am {date}: {reason}).",
    Code.RELEASE_FILE_MISNAMED: "Das ist wohl die Datei zur Nummer {number}, aber ihr Name endet "
    "auf .txt (der Editor hat es angehängt); pressetool liest nur Dateien, deren Name auf "
    ".yaml endet. Benennen Sie sie um in „{right}“.",
    Code.RELEASE_FILE_MISSING: "Zur Nummer {number} gibt es keine Datei in „{folder}“. Stellen "
    "Sie die Datei wieder her; „pressetool verify“ zeigt alle Abweichungen.",
    Code.RELEASE_FILE_MISSING_IN_BROWSER: "Zur Nummer {number} gibt es keine Datei in „{folder}“. "
    "Lassen Sie die Datei von Ihrer IT aus der Datensicherung wiederherstellen; „Register prüfen“ "
    "unter „Register und Archiv“ zeigt alle Abweichungen.",
    Code.FOLDER_NOT_WRITABLE: "In den Ordner lässt sich nicht schreiben ({detail}). Prüfen Sie "
    "die Schreibrechte; es wurde nichts verändert.",
    Code.FILE_NOT_REPLACED: "Die Datei lässt sich nicht ersetzen ({detail}); sie ist "
    "unverändert. Ist sie in einem anderen Programm geöffnet (Word, ein PDF-Betrachter) oder "
    "schreibgeschützt, schließen Sie sie oder geben Sie sie frei; steht dort ein Ordner, "
    "benennen Sie ihn um. Versuchen Sie es dann noch einmal.",
    Code.LINK_INTO_PUBLIC: "„{link}“ ist eine Verknüpfung (symbolischer Link) auf „{target}“ "
    "im öffentlichen Ordner „{public}“, den der Webserver zeigt: Was pressetool dort "
    "hineinschreibt (Entwürfe, Pressemitteilungen vor ihrer Sperrfrist, Einladungsbriefe und "
    "Listen mit Namen und Anschriften), wäre öffentlich. Löschen Sie die Verknüpfung (nur sie, "
    "nicht das, worauf sie zeigt); wo pressetool dort schreibt, legt es dann einen eigenen Ordner "
    "an.",
    Code.LINK_OUT_OF_PUBLIC: "„{link}“ im öffentlichen Ordner „{public}“ ist eine Verknüpfung "
    "(symbolischer Link) auf „{target}“ außerhalb davon: Der Webserver zeigte alles, was dort "
    "liegt (im internen Ordner etwa Einladungsbriefe und Pressemitteilungen vor ihrer "
    "Sperrfrist). Löschen Sie die Verknüpfung (nur sie, nicht das, worauf sie zeigt); soll "
    "etwas von dort öffentlich sein, kopieren Sie es hinein.",
    Code.LINK_BROKEN: "„{link}“ ist eine Verknüpfung (symbolischer Link) auf „{target}“, das es "
    "nicht gibt; darin lässt sich kein Ordner anlegen. Legen Sie „{target}“ an, oder löschen Sie "
    "die Verknüpfung, dann legt pressetool an ihrer Stelle einen eigenen Ordner an.",
    Code.NUMBER_TWICE: "Die Nummer {number} steht in mehreren Dateien: {files}. Geben Sie jeder "
    "Datei eine eigene Nummer (die nächste freie nennt „pressetool new“).",
    Code.NUMBER_TWICE_IN_BROWSER: "Die Nummer {number} steht in mehreren Dateien: {files}. Jede "
    "Datei braucht eine eigene Nummer: Legen Sie für die überzählige unter „Neue Pressemitteilung“ "
    "eine neue an (sie bekommt die nächste freie Nummer), übernehmen Sie dorthin ihren Inhalt und "
    "lassen Sie die überzählige Datei von Ihrer IT entfernen.",
    Code.FILE_NAME_MISMATCH: "Der Dateiname passt nicht zur Nummer {number}. Die Datei gehört in "
    "den Ordner releases/{year}/ und ihr Name beginnt mit „{prefix}-“.",
    Code.REGISTERED_WITHOUT_FILE: "Die Nummer {number} ist im Register vergeben, aber keine "
    "Datei trägt sie. Stellen Sie die Datei aus der Sicherung wieder her; die Nummer wird nicht "
    "neu vergeben. Wird aus ihr keine Pressemitteilung, vermerken Sie das mit "
    'pressetool discard {number} --reason "Grund".',
    Code.REGISTERED_WITHOUT_FILE_IN_BROWSER: "Die Nummer {number} ist im Register vergeben, aber "
    "keine Datei trägt sie. Lassen Sie die Datei von Ihrer IT aus der Sicherung wiederherstellen; "
    "die Nummer wird nicht neu vergeben. Wird aus ihr keine Pressemitteilung, bitten Sie Ihre "
    "IT, sie im Register als verworfen zu vermerken.",
    Code.FILE_NOT_REGISTERED: "Die Nummer {number} steht nicht im Register. Nehmen Sie sie mit "
    "„pressetool reindex“ auf.",
    Code.FILE_NOT_REGISTERED_IN_BROWSER: "Die Nummer {number} steht nicht im Register. Nehmen Sie "
    "sie mit „Register aus den Dateien neu aufbauen“ unter „Register und Archiv“ auf.",
    Code.STATUS_DIFFERS: "Nr. {number}: Im Register steht „{register}“, in der Datei "
    "„{file}“; die Datei wurde wohl von Hand geändert. Tragen Sie den Stand des Registers "
    "wieder in die Datei ein (status: {status}). Einen anderen Stand setzen pressetool "
    "publish, withdraw und discard, die Datei und Register zugleich ändern.",
    Code.STATUS_DIFFERS_IN_BROWSER: "Nr. {number}: Im Register steht „{register}“, in der Datei "
    "„{file}“; die Datei wurde wohl von Hand geändert. Tragen Sie den Stand des Registers wieder "
    "in die Datei ein (status: {status}), mit einem Texteditor oder durch Ihre IT. Einen anderen "
    "Stand setzen „Veröffentlichen“, „Zurückziehen“ und „Verwerfen“ im Editor, die Datei und "
    "Register zugleich ändern.",
    Code.CHANGED_MEANWHILE: "Nr. {number} wurde eben anders geändert, von einem anderen "
    "Befehl oder Rechner: Im Register steht jetzt „{status}“. Es wurde nichts verändert. "
    "Sehen Sie mit „pressetool list“ nach, was gilt, und entscheiden Sie dann neu.",
    Code.CHANGED_MEANWHILE_IN_BROWSER: "Nr. {number} wurde eben anders geändert, in einem "
    "anderen Fenster oder auf einem anderen Rechner: Im Register steht jetzt „{status}“. Es "
    "wurde nichts verändert. Sehen Sie in der Übersicht nach, was gilt, und entscheiden Sie "
    "dann neu.",
    Code.PUBLISHED_CHANGED_IN_FILE: "Nr. {number} wurde mit {registered} {status}; die "
    "Datei nennt jetzt {written}. Eine veröffentlichte Pressemitteilung ändert eine "
    "Berichtigung (pressetool correct {number}), nicht ihre Datei: Stellen Sie den alten Stand "
    "in der Datei wieder her. War die Änderung gewollt, übernimmt „pressetool reindex“ sie ins "
    "Register.",
    Code.PUBLISHED_CHANGED_IN_FILE_IN_BROWSER: "Nr. {number} wurde mit {registered} {status}; "
    "die Datei nennt jetzt {written}. Eine veröffentlichte Pressemitteilung ändert eine "
    "Berichtigung („Berichtigen“ im Editor), nicht ihre Datei: Stellen Sie den alten Stand in "
    "der Datei wieder her (mit einem Texteditor oder durch Ihre IT). War die Änderung gewollt, "
    "übernimmt „Register aus den Dateien neu aufbauen“ unter „Register und Archiv“ sie ins "
    "Register.",
    Code.STATUS_DIFFERS_FILE_AHEAD: "Nr. {number}: Im Register steht „{register}“, in der "
    "Datei schon „{file}“. Stammt das Register aus einer älteren Sicherung, übernimmt "
    "„pressetool reindex“ den Stand der Datei. Wurde die Datei von Hand geändert, tragen Sie "
    "wieder status: {status} ein und setzen Sie den Stand mit pressetool withdraw oder "
    "discard.",
    Code.STATUS_DIFFERS_FILE_AHEAD_IN_BROWSER: "Nr. {number}: Im Register steht „{register}“, in "
    "der Datei schon „{file}“. Stammt das Register aus einer älteren Sicherung, übernimmt "
    "„Register aus den Dateien neu aufbauen“ unter „Register und Archiv“ den Stand der Datei. "
    "Wurde die Datei von Hand geändert, tragen Sie wieder status: {status} ein (mit einem "
    "Texteditor oder durch Ihre IT) und setzen Sie den Stand mit „Zurückziehen“ oder "
    "„Verwerfen“ im Editor.",
    Code.DRAFT_PUBLISHED_IN_FILE: "Nr. {number}: Im Register steht „Entwurf“, in der Datei "
    "„veröffentlicht“. Im Register bleibt sie Entwurf, auch nach „pressetool reindex“: "
    "Veröffentlicht wird ein Entwurf nur mit pressetool publish, das ihn vorher prüft. Tragen "
    "Sie in der Datei wieder status: draft ein und veröffentlichen Sie sie mit pressetool "
    "publish {number}.",
    Code.DRAFT_PUBLISHED_IN_FILE_IN_BROWSER: "Nr. {number}: Im Register steht „Entwurf“, in der "
    "Datei „veröffentlicht“. Im Register bleibt sie Entwurf, auch nach „Register aus den Dateien "
    "neu aufbauen“: Veröffentlicht wird ein Entwurf nur mit „Veröffentlichen“ im Editor, das ihn "
    "vorher prüft. Tragen Sie in der Datei wieder status: draft ein (mit einem Texteditor oder "
    "durch Ihre IT) und veröffentlichen Sie sie dann mit „Veröffentlichen“.",
    Code.DRAFT_WITHDRAWN_IN_FILE: "Nr. {number}: Im Register steht „Entwurf“, in der Datei "
    "„zurückgezogen“. Im Register bleibt sie Entwurf, auch nach „pressetool reindex“: "
    "Veröffentlicht wird ein Entwurf nur mit pressetool publish, das ihn vorher prüft. Tragen "
    "Sie in der Datei wieder status: draft ein, löschen Sie withdrawal mit date und reason, "
    "veröffentlichen Sie sie mit pressetool publish {number} und ziehen Sie sie dann mit "
    'pressetool withdraw {number} --reason "Grund" zurück. War sie nie veröffentlicht, '
    'verwerfen Sie sie stattdessen mit pressetool discard {number} --reason "Grund".',
    Code.DRAFT_WITHDRAWN_IN_FILE_IN_BROWSER: "Nr. {number}: Im Register steht „Entwurf“, in der "
    "Datei „zurückgezogen“. Im Register bleibt sie Entwurf, auch nach „Register aus den Dateien "
    "neu aufbauen“: Veröffentlicht wird ein Entwurf nur mit „Veröffentlichen“ im Editor, das ihn "
    "vorher prüft. Tragen Sie in der Datei wieder status: draft ein und löschen Sie withdrawal "
    "mit date und reason (mit einem Texteditor oder durch Ihre IT), veröffentlichen Sie sie dann "
    "mit „Veröffentlichen“ und ziehen Sie sie mit „Zurückziehen“ zurück. War sie nie "
    "veröffentlicht, verwerfen Sie sie stattdessen mit „Verwerfen“.",
    Code.BUILD_NOT_PUBLIC_OUT: "Nr. {number} ist {state}; ihre Dokumente gehören nicht in "
    "den öffentlichen Ordner „{output}“, den der Webserver zeigt. Lassen Sie --out weg, dann "
    "schreibt pressetool sie in den internen Ordner „{internal}“, oder geben Sie mit --out "
    "einen Ordner außerhalb von „{output}“ an.",
    Code.BUILD_STATUS_DIFFERS: "Nr. {number}: Im Register steht „{register}“, in der Datei "
    "„{file}“; bis beide übereinstimmen, erzeugt pressetool zu ihr keine Dokumente (ein "
    "Entwurf ohne seine Zeile status: draft käme sonst ohne „Entwurf“ in den öffentlichen "
    "Ordner). Tragen Sie den Stand des Registers wieder in die Datei ein (status: {status}); "
    "„pressetool verify“ zeigt, was abweicht.",
    Code.BUILD_STATUS_DIFFERS_IN_BROWSER: "Nr. {number}: Im Register steht „{register}“, in der "
    "Datei „{file}“; bis beide übereinstimmen, gibt es zu ihr hier weder PDF noch DOCX, und sie "
    "lässt sich weder ändern noch veröffentlichen, zurückziehen, verwerfen oder berichtigen (ein "
    "Entwurf ohne seine Zeile status: draft ginge sonst ohne „Entwurf“ hinaus). Tragen Sie den "
    "Stand des Registers wieder in die Datei ein (status: {status}), mit einem Texteditor oder "
    "durch Ihre IT; „Register prüfen“ unter „Register und Archiv“ zeigt, was abweicht.",
    Code.SEND_STATUS_DIFFERS: "Nr. {number}: Im Register steht „{register}“, in der Datei "
    "„{file}“; bis beide übereinstimmen, wird sie nicht versandt. Tragen Sie den Stand des "
    "Registers wieder in die Datei ein (status: {status}); „pressetool verify“ zeigt, was "
    "abweicht.",
    Code.INVITE_STATUS_DIFFERS: "Nr. {number}: Im Register steht „{register}“, in der Datei "
    "„{file}“; bis beide übereinstimmen, gehen zu ihr keine Einladungen per E-Mail hinaus. "
    "Tragen Sie den Stand des Registers wieder in die Datei ein (status: {status}); "
    "„pressetool verify“ zeigt, was abweicht.",
    Code.ARCHIVE_PUBLISHED_EDITED: "Nr. {number} war schon öffentlich, und ihre Datei wurde "
    "seitdem geändert (Titel, Datum oder Text); das Archiv zeigt nun die geänderte Fassung, "
    "ohne dass Leser sehen, was anders ist. Eine veröffentlichte Pressemitteilung ändert eine "
    "Berichtigung: „pressetool correct {number}“.",
    Code.ARCHIVE_PUBLISHED_EDITED_IN_BROWSER: "Nr. {number} war schon öffentlich, und ihre "
    "Datei wurde seitdem geändert (Titel, Datum oder Text); das Archiv zeigt nun die geänderte "
    "Fassung, ohne dass Leser sehen, was anders ist. Eine veröffentlichte Pressemitteilung "
    "ändert eine Berichtigung: „Berichtigen“ bei der Pressemitteilung.",
    Code.ARCHIVE_NOT_REGISTERED: "Nr. {number} steht nicht im Register; bis sie dort steht, "
    "kommt sie nicht ins Archiv (eine kopierte Datei mit status: published käme sonst "
    "ungeprüft an die Öffentlichkeit). Ist die Datei die Kopie einer anderen, holen Sie mit "
    "„pressetool new“ eine eigene Nummer; gehört die Nummer ins Register, nehmen Sie sie mit "
    "„pressetool reindex“ auf.",
    Code.ARCHIVE_NOT_REGISTERED_IN_BROWSER: "Nr. {number} steht nicht im Register; bis sie dort "
    "steht, kommt sie nicht ins Archiv (eine kopierte Datei mit status: published käme sonst "
    "ungeprüft an die Öffentlichkeit). Ist die Datei die Kopie einer anderen, legen Sie mit "
    "„Neue Pressemitteilung“ eine eigene an; gehört die Nummer ins Register, nehmen Sie sie "
    "mit „Register aus den Dateien neu aufbauen“ unter „Register und Archiv“ auf.",
    Code.SEND_NOT_REGISTERED: "Nr. {number} steht nicht im Register; pressetool verschickt "
    "sie erst, wenn sie dort steht. Ist die Datei die Kopie einer anderen, holen Sie mit "
    "„pressetool new“ eine eigene Nummer; gehört die Nummer ins Register, nehmen Sie sie mit "
    "„pressetool reindex“ auf.",
    Code.ARCHIVE_STATUS_DIFFERS: "Nr. {number}: Im Register steht „{register}“, in der Datei "
    "„{file}“; bis beide übereinstimmen, kommt sie nicht ins Archiv. Tragen Sie den Stand des "
    "Registers wieder in die Datei ein (status: {status}); „pressetool verify“ zeigt, was "
    "abweicht.",
    Code.ARCHIVE_STATUS_DIFFERS_IN_BROWSER: "Nr. {number}: Im Register steht „{register}“, in der "
    "Datei „{file}“; bis beide übereinstimmen, kommt sie nicht ins Archiv. Tragen Sie den Stand "
    "des Registers wieder in die Datei ein (status: {status}); „Register prüfen“ zeigt, was "
    "abweicht.",
    Code.REGISTERED_WITHDRAWN_WITHOUT_REASON: "Nr. {number} ist im Register zurückgezogen, aber "
    "ohne Datum und Grund. Tragen Sie in der Datei unter withdrawal date und reason ein und "
    "führen Sie „pressetool reindex“ aus.",
    Code.REGISTERED_WITHDRAWN_WITHOUT_REASON_IN_BROWSER: "Nr. {number} ist im Register "
    "zurückgezogen, aber ohne Datum und Grund. Tragen Sie in der Datei unter withdrawal date und "
    "reason ein (mit einem Texteditor oder durch Ihre IT) und bauen Sie das Register dann mit "
    "„Register aus den Dateien neu aufbauen“ unter „Register und Archiv“ neu auf.",
    Code.NUMBER_GAP: "Die Nummer {number} fehlt: weder das Register noch eine Datei kennt sie. "
    "Stellen Sie die Datei aus der Sicherung wieder her und nehmen Sie sie mit „pressetool "
    "reindex“ auf; wurde die Nummer nie verwendet, vermerken Sie die Lücke mit pressetool "
    'discard {number} --reason "Grund".',
    Code.NUMBER_GAP_IN_BROWSER: "Die Nummer {number} fehlt: weder das Register noch eine Datei "
    "kennt sie. Ist ihre Datei verloren, lassen Sie sie von Ihrer IT aus der Datensicherung "
    "wiederherstellen und bauen Sie das Register dann mit „Register aus den Dateien neu aufbauen“ "
    "unter „Register und Archiv“ neu auf. Wurde die Nummer nie verwendet, bitten Sie Ihre IT, die "
    "Lücke im Register zu vermerken (als verworfene Nummer).",
    Code.NUMBER_GAP_RUN: "Die Nummern {first} bis {last} fehlen: weder das Register noch eine "
    "Datei kennt sie. Stellen Sie die Dateien aus der Sicherung wieder her und nehmen Sie sie "
    "mit „pressetool reindex“ auf; wurden die Nummern nie verwendet, vermerken Sie die Lücke "
    'mit pressetool discard {first}-{last} --reason "Grund".',
    Code.NUMBER_GAP_RUN_IN_BROWSER: "Die Nummern {first} bis {last} fehlen: weder das Register "
    "noch eine Datei kennt sie. Sind ihre Dateien verloren, lassen Sie sie von Ihrer IT aus der "
    "Datensicherung wiederherstellen und bauen Sie das Register dann mit „Register aus den Dateien "
    "neu aufbauen“ unter „Register und Archiv“ neu auf. Wurden die Nummern nie verwendet, bitten "
    "Sie Ihre IT, die Lücke im Register zu vermerken (als verworfene Nummern).",
    # register and numbers (hostile input)
    Code.REGISTER_EMPTY: "Das Nummernregister ist leer (0 Byte), etwa nach einer abgebrochenen "
    "Kopie oder Synchronisierung. pressetool legt kein neues an seiner Stelle an, denn das "
    "vergäbe Nummern ein zweites Mal; es wurde nichts verändert. Holen Sie das Register aus "
    "der Sicherung zurück, oder verschieben Sie die leere Datei und bauen Sie das Register "
    "mit „pressetool reindex“ aus den Dateien in releases/ neu auf.",
    Code.REGISTER_EMPTY_IN_BROWSER: "Das Nummernregister ist leer (0 Byte), etwa nach einer "
    "abgebrochenen Kopie oder Synchronisierung. pressetool legt kein neues an seiner Stelle an, "
    "denn das vergäbe Nummern ein zweites Mal; es wurde nichts verändert. Lassen Sie Ihre IT das "
    "Register aus der Sicherung zurückholen oder die leere Datei beiseitelegen; dann bauen Sie das "
    "Register mit „Register aus den Dateien neu aufbauen“ unter „Register und Archiv“ neu auf.",
    Code.REGISTER_DAMAGED: "Das Nummernregister ist beschädigt, etwa nach einer abgebrochenen "
    "Kopie oder Synchronisierung; es wurde nichts verändert. Holen Sie das Register aus der "
    "Sicherung zurück, oder verschieben Sie die Datei und bauen Sie das Register mit "
    "„pressetool reindex“ aus den Dateien in releases/ neu auf.",
    Code.REGISTER_DAMAGED_IN_BROWSER: "Das Nummernregister ist beschädigt, etwa nach einer "
    "abgebrochenen Kopie oder Synchronisierung; es wurde nichts verändert. Lassen Sie Ihre IT das "
    "Register aus der Sicherung zurückholen oder die Datei beiseitelegen; dann bauen Sie das "
    "Register mit „Register aus den Dateien neu aufbauen“ unter „Register und Archiv“ neu auf.",
    Code.REGISTER_LINK_BROKEN: "Das Nummernregister ist eine Verknüpfung auf „{target}“, aber "
    "dort liegt keine Datei; es wurde nichts verändert. Prüfen Sie, ob das Laufwerk mit dem "
    "Register verbunden ist.",
    Code.NUMBER_OUT_OF_RANGE: "„{value}“ ist keine Nummer von {first} bis {last}; mehr "
    "Nummern hat ein Jahr nicht. Schreiben Sie die Nummer, die „pressetool new“ vergeben hat: "
    "Sie steht vorn im Dateinamen, zum Beispiel 67 bei 067-….yaml.",
    Code.NUMBERS_EXHAUSTED: "Im Jahr {year} ist die Nummer {last} schon vergeben, die höchste, "
    "die ein Jahr hat; es wurde keine Nummer vergeben. Prüfen Sie mit „pressetool verify“, ob "
    "eine Nummer oder ein Dateiname einen Tippfehler enthält.",
    Code.NUMBERS_EXHAUSTED_IN_BROWSER: "Im Jahr {year} ist die Nummer {last} schon vergeben, die "
    "höchste, die ein Jahr hat; es wurde keine Nummer vergeben. Prüfen Sie mit „Register prüfen“ "
    "unter „Register und Archiv“, ob eine Nummer oder ein Dateiname einen Tippfehler enthält.",
    Code.YEAR_OUT_OF_RANGE: "„{value}“ nennt das Jahr {year}; pressetool führt Nummern nur für "
    "die Jahre {first} bis {last}. Prüfen Sie das Jahr, zum Beispiel 2020 statt 0202.",
    Code.REGISTER_BAD_WHOLE_NUMBER: "Zeile {row} (rowid) des Nummernregisters, Spalte "
    "„{column}“: „{value}“ ist keine ganze Zahl von {first} bis {last}. Korrigieren Sie den "
    "Wert mit einem SQLite-Programm, oder verschieben Sie die Datei und bauen Sie das Register "
    "mit „pressetool reindex“ neu auf; es wurde nichts verändert.",
    Code.REGISTER_BAD_WHOLE_NUMBER_IN_BROWSER: "Zeile {row} (rowid) des Nummernregisters, Spalte "
    "„{column}“: „{value}“ ist keine ganze Zahl von {first} bis {last}. Lassen Sie Ihre IT den "
    "Wert berichtigen oder die Datei beiseitelegen; dann bauen Sie das Register mit „Register aus "
    "den Dateien neu aufbauen“ unter „Register und Archiv“ neu auf. Es wurde nichts verändert.",
    Code.REGISTER_BAD_DATE: "Zeile {row} (rowid) des Nummernregisters, Spalte „{column}“: "
    "„{value}“ ist kein Datum der Form JJJJ-MM-TT, zum Beispiel 2024-01-02. Korrigieren Sie den "
    "Wert mit einem SQLite-Programm, oder verschieben Sie die Datei und bauen Sie das Register "
    "mit „pressetool reindex“ neu auf; es wurde nichts verändert.",
    Code.REGISTER_BAD_DATE_IN_BROWSER: "Zeile {row} (rowid) des Nummernregisters, Spalte "
    "„{column}“: „{value}“ ist kein Datum der Form JJJJ-MM-TT, zum Beispiel 2024-01-02. Lassen Sie "
    "Ihre IT den Wert berichtigen oder die Datei beiseitelegen; dann bauen Sie das Register mit "
    "„Register aus den Dateien neu aufbauen“ unter „Register und Archiv“ neu auf. Es wurde nichts "
    "verändert.",
    Code.REGISTER_BAD_TIMESTAMP: "Zeile {row} (rowid) des Nummernregisters, Spalte „{column}“: "
    "„{value}“ ist kein Zeitpunkt der Form JJJJ-MM-TTTSS:MM:SS+00:00. Korrigieren Sie den Wert "
    "mit einem SQLite-Programm, oder verschieben Sie die Datei und bauen Sie das Register mit "
    "„pressetool reindex“ neu auf; es wurde nichts verändert.",
    Code.REGISTER_BAD_TIMESTAMP_IN_BROWSER: "Zeile {row} (rowid) des Nummernregisters, Spalte "
    "„{column}“: „{value}“ ist kein Zeitpunkt der Form JJJJ-MM-TTTSS:MM:SS+00:00. Lassen Sie Ihre "
    "IT den Wert berichtigen oder die Datei beiseitelegen; dann bauen Sie das Register mit "
    "„Register aus den Dateien neu aufbauen“ unter „Register und Archiv“ neu auf. Es wurde nichts "
    "verändert.",
    Code.REGISTER_BAD_TEXT: "Zeile {row} (rowid) des Nummernregisters, Spalte „{column}“: "
    "„{value}“ ist kein Text. Korrigieren Sie den Wert mit einem SQLite-Programm, oder "
    "verschieben Sie die Datei und bauen Sie das Register mit „pressetool reindex“ neu auf; es "
    "wurde nichts verändert.",
    Code.REGISTER_BAD_TEXT_IN_BROWSER: "Zeile {row} (rowid) des Nummernregisters, Spalte "
    "„{column}“: „{value}“ ist kein Text. Lassen Sie Ihre IT den Wert berichtigen oder die Datei "
    "beiseitelegen; dann bauen Sie das Register mit „Register aus den Dateien neu aufbauen“ unter "
    "„Register und Archiv“ neu auf. Es wurde nichts verändert.",
    Code.REGISTER_BAD_CHOICE: "Zeile {row} (rowid) des Nummernregisters, Spalte „{column}“: "
    "„{value}“ ist hier nicht möglich, nur {choices}. Korrigieren Sie den Wert mit einem "
    "SQLite-Programm, oder verschieben Sie die Datei und bauen Sie das Register mit "
    "„pressetool reindex“ neu auf; es wurde nichts verändert.",
    Code.REGISTER_BAD_CHOICE_IN_BROWSER: "Zeile {row} (rowid) des Nummernregisters, Spalte "
    "„{column}“: „{value}“ ist hier nicht möglich, nur {choices}. Lassen Sie Ihre IT den Wert "
    "berichtigen oder die Datei beiseitelegen; dann bauen Sie das Register mit „Register aus den "
    "Dateien neu aufbauen“ unter „Register und Archiv“ neu auf. Es wurde nichts verändert.",
    Code.REGISTER_BAD_RELEASE_NUMBER: "Zeile {row} (rowid) des Nummernregisters, Spalte "
    "„{column}“: „{value}“ ist keine Pressemitteilungsnummer der Form NNN/JJJJ. Korrigieren Sie "
    "den Wert mit einem SQLite-Programm, oder verschieben Sie die Datei und bauen Sie das "
    "Register mit „pressetool reindex“ neu auf; es wurde nichts verändert.",
    Code.REGISTER_BAD_RELEASE_NUMBER_IN_BROWSER: "Zeile {row} (rowid) des Nummernregisters, Spalte "
    "„{column}“: „{value}“ ist keine Pressemitteilungsnummer der Form NNN/JJJJ. Lassen Sie Ihre IT "
    "den Wert berichtigen oder die Datei beiseitelegen; dann bauen Sie das Register mit „Register "
    "aus den Dateien neu aufbauen“ unter „Register und Archiv“ neu auf. Es wurde nichts verändert.",
    # recipient and registration lists (CSV, XLSX)
    Code.LIST_NOT_A_TABLE: "Die Datei ist weder eine Excel-Tabelle (.xlsx) noch eine CSV-Datei. "
    "Speichern Sie die Liste in Excel als „Excel-Arbeitsmappe (*.xlsx)“ oder "
    "„CSV (Trennzeichen-getrennt)“.",
    Code.LIST_EMPTY: "Die Liste ist leer. Tragen Sie in Zeile 1 die Spaltenüberschriften "
    "Anrede, Titel, Vorname, Nachname, Organisation, Straße, PLZ, Ort, E-Mail ein und "
    "darunter eine Zeile je Person.",
    Code.LIST_NO_PEOPLE: "Die Liste hat Spaltenüberschriften, aber keine Zeile mit einer Person. "
    "Tragen Sie unter den Überschriften eine Zeile je Person ein.",
    Code.LIST_POSTCODE_AND_CITY_IN_ONE: "Die Spalte „{found}“ enthält PLZ und Ort zusammen; "
    "pressetool braucht sie getrennt. Teilen Sie sie in zwei Spalten „PLZ“ und „Ort“ (in Excel: "
    "Daten, Text in Spalten, Trennzeichen Leerzeichen).",
    Code.LIST_MISSING_COLUMN: "Die Spalte „{column}“ fehlt. Ergänzen Sie in der Kopfzeile eine "
    "Spalte mit der Überschrift „{column}“.",
    Code.LIST_MISSING_COLUMN_SUGGESTION: "Die Spalte „{column}“ fehlt. Heißt sie „{found}“? "
    "Schreiben Sie die Überschrift „{column}“.",
    Code.LIST_DUPLICATE_COLUMN: "Die Spalte „{column}“ steht zweimal in der Kopfzeile. "
    "Löschen Sie eine der beiden.",
    Code.LIST_NO_NAME: "Die Zeile nennt weder einen Nachnamen noch eine Organisation. Tragen Sie "
    "in der Spalte „Nachname“ oder „Organisation“ etwas ein, oder löschen Sie die Zeile.",
    Code.LIST_MISSING_VALUE: "In der Spalte „{column}“ fehlt der Wert; ohne ihn lässt sich der "
    "Brief nicht adressieren. Tragen Sie ihn ein.",
    Code.LIST_BAD_POSTCODE: "Spalte „{column}“: „{value}“ ist keine Postleitzahl. Schreiben Sie "
    "fünf Ziffern, zum Beispiel 10117 oder 01067 (in Excel als Text formatiert, damit die "
    "führende Null bleibt). Eine Anschrift im Ausland kann pressetool nicht setzen: Nehmen Sie "
    "die Zeile aus der Liste und schreiben Sie diesen Brief von Hand.",
    Code.LIST_BAD_SALUTATION: "Spalte „{column}“: „{value}“ ist keine Anrede. Schreiben Sie Frau, "
    "Herr, divers oder lassen Sie das Feld leer. Auch Familie, Firma und Frau oder Herr mit "
    "abgekürztem Titel (Frau Dr., Herr Prof. Dr.) gehen.",
    Code.LIST_FIRST_NAME_ONLY: "Spalte „{column}“: Zum Vornamen „{first}“ fehlt der "
    "Nachname; ohne ihn steht nur „{organisation}“ im Brief und in der Liste, ohne die "
    "Person. Soll sie genannt werden, tragen Sie ihren Nachnamen ein.",
    Code.LIST_DUPLICATE_PERSON: "Zeile {row} ist dieselbe Person wie Zeile {first} (gleicher "
    "Name, gleiche Anschrift): Sie erhielte zwei Einladungen oder stünde zweimal auf der "
    "Anwesenheitsliste. Löschen Sie eine der beiden Zeilen, wenn das nicht gewollt ist.",
    Code.LIST_DUPLICATE_REGISTRATION: "Zeile {row} ist dieselbe Person wie Zeile {first} "
    "(gleicher Name, gleiche Organisation): Sie stünde zweimal auf der Anwesenheitsliste. "
    "Löschen Sie eine der beiden Zeilen, wenn das nicht gewollt ist.",
    Code.LIST_POSTCODE_REPAIRED: "Spalte „{column}“: Excel hat die Postleitzahl als Zahl {value} "
    "gespeichert; verwendet wird {repaired}. Formatieren Sie die Spalte in Excel als Text.",
    # invitation letters (`pressetool invite`)
    Code.INVITE_WITHOUT_EVENT: "Die Pressemitteilung beschreibt keine Veranstaltung, daher gibt es "
    "nichts, wozu eingeladen werden kann. Tragen Sie unter event Titel (title), Datum (date), "
    "Beginn (start) und Ort (venue) ein.",
    Code.INVITE_WITHOUT_EVENT_IN_BROWSER: "Die Pressemitteilung beschreibt keine "
    "Veranstaltung, daher gibt es nichts, wozu eingeladen werden kann. Tragen Sie im Editor "
    "unter „Veranstaltung“ Titel, Datum, Beginn und Ort ein und speichern Sie.",
    Code.INVITE_DATE_AFTER_RSVP: "Die Briefe sind auf den {letter:%d.%m.%Y} datiert, die "
    "Rückmeldung erbitten sie aber schon bis zum {rsvp:%d.%m.%Y}; die Briefe sind trotzdem "
    "geschrieben. Geben Sie mit --date JJJJ-MM-TT das Datum an, das die Briefe tragen sollen "
    "(ohne --date tragen sie das heutige), oder tragen Sie unter invitation bei rsvp_by einen "
    "späteren Tag ein, und erzeugen Sie die Briefe neu.",
    Code.INVITE_DATE_AFTER_RSVP_IN_BROWSER: "Die Briefe tragen das Datum {letter:%d.%m.%Y}, "
    "die Rückmeldung erbitten sie aber schon bis zum {rsvp:%d.%m.%Y}. Geben Sie unter „Datum "
    "der Briefe“ das Datum an, das die Briefe tragen sollen (ohne Angabe tragen sie das "
    "heutige), oder tragen Sie im Editor unter „Antwort erbeten bis“ einen späteren Tag ein.",
    Code.INVITE_DATE_AFTER_EVENT: "Die Briefe sind auf den {letter:%d.%m.%Y} datiert, die "
    "Veranstaltung ist aber schon am {event:%d.%m.%Y}; die Briefe sind trotzdem "
    "geschrieben. Geben Sie mit --date JJJJ-MM-TT das Datum an, das die Briefe tragen sollen "
    "(ohne --date tragen sie das heutige), oder berichtigen Sie unter event das Datum (date), "
    "und erzeugen Sie die Briefe neu.",
    Code.INVITE_DATE_AFTER_EVENT_IN_BROWSER: "Die Briefe tragen das Datum {letter:%d.%m.%Y}, "
    "die Veranstaltung ist aber schon am {event:%d.%m.%Y}. Geben Sie unter „Datum der Briefe“ "
    "das Datum an, das die Briefe tragen sollen (ohne Angabe tragen sie das heutige), oder "
    "berichtigen Sie im Editor das „Datum der Veranstaltung“.",
    # letters (issue 13)
    Code.LIST_TITLE_TWICE: "Spalte „{column}“: Hier steht „{other}“, die Anrede „{value}“ nennt "
    "aber den Titel „{title}“. Schreiben Sie den Titel nur in die Spalte „{column}“ und in die "
    "Spalte „Anrede“ nur Frau oder Herr.",
    Code.LIST_FAMILY_WITHOUT_NAME: "Spalte „{column}“: Die Anrede „Familie“ braucht den "
    "Familiennamen (Sehr geehrte Familie …). Tragen Sie ihn ein, oder schreiben Sie als Anrede "
    "Firma, wenn die Zeile eine Organisation anschreibt.",
    Code.ADDRESS_TOO_MANY_LINES: "Die Anschrift hat {count} Zeilen ({lines}); ins Anschriftfeld "
    "des Briefs passen {limit}. Lassen Sie {excess} davon weg oder fassen Sie Angaben zusammen; "
    "es wird keine Zeile abgeschnitten.",
    Code.ADDRESS_TOO_MANY_LINES_WRAPPED: "Die Anschrift braucht {count} Zeilen ({lines}), denn "
    "was breiter ist als das Anschriftfeld ({width} mm), steht auf mehreren Zeilen: {wrapped}. "
    "Ins Anschriftfeld des Briefs passen {limit} Zeilen. Kürzen Sie, was umbrochen ist, etwa "
    "mit einer üblichen Abkürzung (e. V.), oder lassen Sie Angaben weg oder fassen Sie sie "
    "zusammen, bis es {limit} Zeilen sind; es wird keine Zeile abgeschnitten.",
    Code.ADDRESS_LINE_TOO_WIDE: "Die Zeile „{line}“ der Anschrift ist {width} mm breit; das "
    "Anschriftfeld des Briefs fasst {limit} mm. Name, Straße mit Hausnummer und Ort stehen auf "
    "je einer Zeile: Kürzen Sie {part} um etwa {characters} Zeichen, etwa mit einer üblichen "
    "Abkürzung ({shortened}); es wird nichts abgeschnitten.",
    Code.ADDRESS_WORD_TOO_WIDE: "„{line}“ in der Anschrift ist {width} mm breit; das "
    "Anschriftfeld des Briefs fasst {limit} mm, und eine zu breite Zeile wird nur nach einem "
    "Leerzeichen oder Bindestrich umbrochen. Kürzen Sie {part} dort um etwa {characters} "
    "Zeichen, oder setzen Sie in der Zelle einen Zeilenumbruch an die Stelle, an der Sie es "
    "trennen wollen (in Excel mit Alt+Eingabe, in LibreOffice mit Strg+Eingabe); es wird "
    "nichts abgeschnitten.",
    Code.ADDRESS_CHARACTER_WITHOUT_FONT: "Keine auf diesem Rechner installierte Schrift hat "
    "{characters} aus der Zeile „{line}“ der Anschrift; der Brief würde dort ein leeres "
    "Kästchen zeigen. Ändern Sie {part}: Lassen Sie das Zeichen weg oder schreiben Sie "
    "lateinische Buchstaben. Oder bitten Sie die IT, eine Schrift dafür zu installieren (für "
    "Chinesisch, Japanisch und Koreanisch das Debian-Paket fonts-noto-cjk).",
    Code.RETURN_ADDRESS_NAME_ONLY: "Die Rücksendeangabe über der Anschrift der Briefe und der "
    "Kontakt im Datenschutzhinweis der Anwesenheitsliste nennen nur „{name}“, keine Anschrift. "
    "Tragen Sie in pressetool.toml unter [letters] die Anschrift Ihres Amts ein, zum Beispiel: "
    'return_address = "{name}, 10115 Berlin" (mit Ihrer Postleitzahl).',
    Code.RETURN_ADDRESS_TOO_WIDE: "Die Rücksendeangabe „{line}“ ist {width} mm breit; über dem "
    "Anschriftfeld ist Platz für {limit} mm. Kürzen Sie sie um etwa {characters} Zeichen.",
    Code.BUSINESS_DETAIL_TOO_MANY_LINES: "Die Angabe „{label}“ hat {count} Zeilen; in der "
    "Fußzeile des Briefs ist Platz für {limit}. Fassen Sie Zeilen zusammen.",
    Code.BUSINESS_DETAILS_TOO_WIDE: "Die Geschäftsangaben brauchen nebeneinander {width} mm; "
    "die Fußzeile des Briefs ist {limit} mm breit. Am breitesten ist die Zeile „{line}“ "
    "({line_width} mm): Kürzen Sie sie oder teilen Sie sie mit \\n auf zwei Zeilen, zum "
    'Beispiel "Mo–Fr 9–12 Uhr\\nDo 15–18 Uhr".',
    Code.INFORMATION_TOO_WIDE: "„{line}“ ist {width} mm breit; der Informationsblock des Briefs "
    "fasst {limit} mm. Kürzen Sie die Angabe um etwa {characters} Zeichen.",
    Code.LETTER_FONT_MISSING: "Die Schrift {font} fehlt; mit ihr misst pressetool, ob jede "
    "Anschrift ins Anschriftfeld passt, und setzt die Briefe. Installieren Sie das Debian-Paket "
    "fonts-liberation2 (make demo tut das).",
    # press release (issue 13)
    Code.BAD_VENUE_PREPOSITION: "„{value}“ ist keine Präposition vor dem Ort. Schreiben Sie, "
    "was vor dem Namen steht, zum Beispiel im, in der, am, an der oder auf dem (auf dem "
    "Leopoldplatz), oder lassen Sie preposition weg: dann gilt im/in der nach dem Artikel.",
    Code.LOGO_UNUSABLE: "Das Logo „{value}“ gibt es nicht, oder es ist kein vollständiges "
    "SVG- oder PNG-Bild von höchstens 5 MB. "
    "Geben Sie den Pfad einer .svg- oder .png-Datei relativ zum Ordner von pressetool.toml an, "
    'zum Beispiel logo = "templates/logo.svg".',
    Code.BAD_LOGO_HEIGHT: "„{value}“ ist keine Höhe für das Logo. Schreiben Sie eine Höhe in "
    'Millimetern zwischen {low} und {high}, zum Beispiel logo_height = "15 mm".',
    # participant lists and sign-in sheets (`pressetool lists`)
    Code.LISTS_WITHOUT_EVENT: "Die Pressemitteilung beschreibt keine Veranstaltung, daher gibt es "
    "keine Teilnehmenden- und keine Anwesenheitsliste. Tragen Sie unter event Titel (title), "
    "Datum (date), Beginn (start) und Ort (venue) ein.",
    Code.LISTS_WITHOUT_EVENT_IN_BROWSER: "Die Pressemitteilung beschreibt keine "
    "Veranstaltung, daher gibt es keine Teilnehmenden- und keine Anwesenheitsliste. Tragen "
    "Sie im Editor unter „Veranstaltung“ Titel, Datum, Beginn und Ort ein und speichern Sie.",
    Code.CONFIG_TOO_DEEP: "Hier stehen Listen oder Tabellen ([ … ] oder {{ … }}) so tief "
    "ineinander, dass pressetool die Datei nicht lesen kann; pressetool.toml braucht "
    "Abschnitte mit Texten und einfachen Listen. Löschen Sie die überzähligen Klammern.",
    Code.CONFIG_INTERNAL_IN_OUTPUT: "Der interne Ordner „{internal}“ ist der Ordner "
    "„{output}“ für öffentliche Dokumente oder liegt darin. Im internen Ordner liegen "
    "Einladungsbriefe und Listen mit personenbezogenen Daten und Pressemitteilungen vor ihrer "
    "Sperrfrist; „{output}“ kommt auf den Webserver. Tragen Sie unter [paths] bei internal "
    "einen Ordner außerhalb von „{output}“ ein, etwa {other_internal}.",
    Code.CONFIG_OUTPUT_IN_INTERNAL: "Der Ordner „{output}“ für öffentliche Dokumente liegt im "
    "internen Ordner „{internal}“ mit personenbezogenen Daten. Tragen Sie unter [paths] bei "
    "output einen Ordner außerhalb von „{internal}“ ein, etwa {other_output}.",
    Code.CONFIG_OUTPUT_CONTAINS_RELEASES: "Der Ordner „{output}“ für öffentliche Dokumente "
    "enthält den Ordner „{releases}“ mit Entwürfen und dem Nummernregister; auf dem Webserver "
    "wäre er öffentlich. Tragen Sie unter [paths] bei output einen eigenen Ordner ein, etwa "
    "{other_output}.",
    Code.CONFIG_EXPECTED_TABLE: "Hier gehört ein Abschnitt hin: eine Zeile [{section}] und "
    'darunter Einträge der Form name = "Text".',
    # hostile and messy input: sizes, characters, YAML constructs
    Code.FILE_TOO_LARGE: "Die Datei ist zu groß: erlaubt sind höchstens {limit}. Prüfen Sie, ob "
    "Sie die richtige Datei gewählt haben.",
    Code.RELEASE_TEXT_TOO_LARGE: "Der Text ist zu groß für eine Pressemitteilung: erlaubt sind "
    "höchstens {limit}. Nichts wurde gespeichert. Löschen Sie, was nicht hineingehört, etwa "
    "einen doppelt eingefügten Text.",
    Code.FORBIDDEN_CHARACTER_IN_FILE: "In der Zeile steht an Stelle {column} ein unsichtbares "
    "Steuerzeichen ({character}), wie es beim Kopieren aus anderen Programmen entsteht. "
    "Löschen Sie die Zeichen um diese Stelle und schreiben Sie sie neu.",
    Code.FORBIDDEN_CHARACTER: "Der Text enthält an Stelle {position} ein unsichtbares "
    "Steuerzeichen ({character}). Löschen Sie die Zeichen um diese Stelle und schreiben Sie "
    "sie neu.",
    Code.MOJIBAKE: "Im Text steht „{value}“ – gemeint ist wohl „{meant}“. Der Text ist "
    "einmal mit der falschen Zeichenkodierung geöffnet und wieder gespeichert worden; so "
    "stünde er verstümmelt in den Dokumenten. Berichtigen Sie den Text (auch die übrigen "
    "Umlaute und Anführungszeichen darin), oder kopieren Sie ihn neu aus dem Original.",
    Code.TEMPLATE_EXAMPLE: "„{value}“ ist noch das Beispiel aus der Vorlage von „pressetool "
    "new“; so wird die Pressemitteilung nicht veröffentlicht. Tragen Sie die richtige Angabe "
    "ein, oder löschen Sie die Zeile, wenn das Feld freiwillig ist.",
    Code.TEMPLATE_EXAMPLE_IN_BROWSER: "„{value}“ ist noch das Beispiel aus der Vorlage einer neuen "
    "Pressemitteilung; so wird die Pressemitteilung nicht veröffentlicht. Tragen Sie die richtige "
    "Angabe ein, oder leeren Sie das Feld, wenn es freiwillig ist.",
    Code.TOO_MANY_PARAGRAPHS: "Der Text hat {count} Absätze; hier sind höchstens {limit} "
    "erlaubt. Fassen Sie Absätze zusammen (eine leere Zeile trennt zwei Absätze).",
    Code.TEXT_TOO_LONG: "Der Text ist {length} Zeichen lang; hier sind höchstens {limit} "
    "erlaubt. Kürzen Sie ihn.",
    Code.WORD_TOO_LONG: "Im Text stehen {length} Zeichen ohne Leerzeichen („{start}…“); hier "
    "sind höchstens {limit} erlaubt. Trennen Sie sie durch Leerzeichen, oder kürzen Sie eine so "
    "lange Internetadresse.",
    Code.TOO_MANY_ITEMS: "Hier stehen {count} Einträge; erlaubt sind höchstens {limit}. "
    "Kürzen Sie die Liste.",
    Code.YAML_ALIAS: "Verweise mit & und * sind in einer Pressemitteilung nicht erlaubt. "
    "Schreiben Sie den Wert an jeder Stelle aus.",
    Code.YAML_TAG: "Die Angabe „{tag}“ (mit !) ist in einer Pressemitteilung nicht erlaubt. "
    "Löschen Sie sie; schreiben Sie Texte mit Sonderzeichen in Anführungszeichen.",
    Code.YAML_TOO_DEEP: "Die Felder sind zu tief ineinander eingerückt (mehr als {limit} "
    "Ebenen). Prüfen Sie die Einrückung.",
    Code.YAML_COMPLEX_KEY: "Hier muss ein Feldname stehen, gefolgt von einem Doppelpunkt, "
    "zum Beispiel „title:“. Listen oder Klammern sind als Feldname nicht erlaubt.",
    Code.YAML_TAB: "Die Zeile ist mit einem Tabulator (→) eingerückt; pressetool braucht "
    "Leerzeichen. Schreiben Sie »{right}« statt »{wrong}«.",
    Code.YAML_HASH_SPACE_LEFT: "Die Zeile ist ein Leerzeichen zu weit eingerückt, wohl weil "
    "nur das # entfernt wurde, nicht das Leerzeichen danach. Entfernen Sie es hier und in den "
    "Zeilen darunter: Schreiben Sie »{right}« statt »{wrong}«.",
    Code.YAML_TEXT_AFTER_BAR: "Nach „{field}: |“ beginnt der Text erst in der nächsten Zeile. "
    "Lassen Sie „{field}: |“ allein in der Zeile und schreiben Sie den Text darunter, zwei "
    "Leerzeichen eingerückt: »{text}« statt »{wrong}«.",
    Code.YAML_RESERVED_START: "Der Text beginnt mit einem Zeichen, das YAML selbst gebraucht "
    "(etwa @, %, [ oder - am Anfang); so liest es den Text nicht. Setzen Sie ihn in gerade "
    "Anführungszeichen: Schreiben Sie »{right}« statt »{wrong}«.",
    Code.YAML_LINE_CONTINUES: "Die Zeile setzt wohl den Text der Zeile darüber fort; so liest "
    "YAML sie als eigenes Feld. Schreiben Sie den Text in eine Zeile: »{right}« statt "
    "»{wrong}«.",
    Code.YAML_COLON_IN_VALUE: "Im Text steht ein Doppelpunkt mit einem Leerzeichen dahinter; "
    "YAML liest das als Beginn eines weiteren Felds. Setzen Sie den Text in gerade "
    "Anführungszeichen: Schreiben Sie »{right}« statt »{wrong}«.",
    Code.YAML_ESCAPE_NO_CHARACTER: "„{escape}“ bezeichnet kein Zeichen (die Nummern enden bei "
    "\\U0010FFFF). Schreiben Sie das gemeinte Zeichen selbst in den Text, oder löschen Sie "
    "die Angabe.",
    Code.YAML_NO_SPACE_AFTER_COLON: "Nach dem Doppelpunkt hinter dem Feldnamen fehlt ein "
    "Leerzeichen. Schreiben Sie »{right}« statt »{wrong}«.",
    Code.YAML_BLOCK_NOT_INDENTED: "Der Text unter „{field}: |“ muss eingerückt sein, jede "
    "Zeile mit zwei Leerzeichen mehr als „{field}“. Schreiben Sie »{right}« statt »{wrong}«.",
    Code.YAML_UNCLOSED_QUOTE: "Das Anführungszeichen am Anfang des Werts wird in dieser "
    "Zeile nicht geschlossen. Schreiben Sie »{right}« statt »{wrong}«.",
    Code.YAML_INDENTED_TOO_FAR: "Die Zeile ist weiter eingerückt als die Zeile darüber, "
    "die schon einen Wert hat. Schreiben Sie »{right}« statt »{wrong}«.",
    Code.YAML_INDENTED_LESS: "Die Zeile ist weniger eingerückt als die Felder, zu denen sie "
    "gehört. Schreiben Sie »{right}« statt »{wrong}«.",
    Code.YAML_COMMENTED_PARENT: "Die Zeile ist noch auskommentiert, die Felder darunter nicht: "
    "Entfernen Sie auch hier das # und das Leerzeichen danach. Schreiben Sie »{right}« statt "
    "»{wrong}«.",
    Code.YAML_ODD_SPACE: "Die Zeile ist mit einem geschützten oder schmalen Leerzeichen "
    "eingerückt (°, etwa aus Word kopiert); pressetool braucht gewöhnliche Leerzeichen. "
    "Schreiben Sie »{right}« statt »{wrong}«.",
    Code.YAML_NO_SPACE_AFTER_DASH: "Nach dem Strich, mit dem ein Eintrag der Liste beginnt, "
    "fehlt ein Leerzeichen. Schreiben Sie »{right}« statt »{wrong}«.",
    Code.YAML_TEXT_AFTER_QUOTE: "Nach dem schließenden Anführungszeichen geht der Text weiter; "
    "gerade Anführungszeichen am Anfang eines Werts gehören nicht zum Text. Schreiben Sie "
    "deutsche Anführungszeichen: »{right}« statt »{wrong}«.",
    Code.YAML_MISSING_COLON: "Nach dem Feldnamen fehlt der Doppelpunkt. Schreiben Sie »{right}« "
    "statt »{wrong}«.",
    Code.LIST_FORBIDDEN_CHARACTER: "Spalte „{column}“: Die Zelle enthält ein unsichtbares "
    "Steuerzeichen ({character}). Löschen Sie den Inhalt der Zelle und schreiben Sie ihn neu.",
    Code.LIST_MOJIBAKE: "Spalte „{column}“: In der Zelle steht „{value}“ – gemeint ist wohl "
    "„{meant}“. Die Liste ist einmal mit der falschen Zeichenkodierung geöffnet oder "
    "gespeichert worden; so stünden die Namen verstümmelt in Briefen, Listen und E-Mails. "
    "Speichern Sie die Liste neu aus dem Original, oder berichtigen Sie die Zellen.",
    Code.LIST_EXCEL_ERROR: "Spalte „{column}“: In der Zelle steht Excels Fehlerwert "
    "„{value}“, das Ergebnis einer Formel, die nicht aufgeht. Berichtigen Sie die Formel "
    "oder schreiben Sie den Inhalt von Hand in die Zelle.",
    Code.LIST_EXCEL_DATE: "Spalte „{column}“: Excel hat die Zelle als Datum oder Uhrzeit "
    "gespeichert ({value}); hier gehört ein Text hin. Formatieren Sie die Zelle in Excel als "
    "Text (Zellen formatieren → Text) und schreiben Sie den Inhalt neu.",
    Code.LIST_EXCEL_BOOLEAN: "Spalte „{column}“: Excel hat in der Zelle den Wahrheitswert "
    "{value} gespeichert (etwa aus einem Kontrollkästchen oder einer Formel); hier gehört ein "
    "Text hin. Schreiben Sie den Text, der hier stehen soll, in die Zelle oder lassen Sie sie "
    "leer.",
    Code.LIST_NUMBER_NOT_TEXT: "Spalte „{column}“: In der Zelle steht die Zahl {value}, "
    "{what}. Berichtigen Sie die Zelle.",
    Code.LIST_CHARACTER_WITHOUT_FONT: "Spalte „{column}“: Für {characters} aus „{value}“ "
    "hat die Anwesenheitsliste keine Schrift; sie würde dort ein leeres Kästchen zeigen. "
    "Lassen Sie das Zeichen weg oder schreiben Sie lateinische Buchstaben. Oder bitten Sie "
    "die IT, eine TrueType-Schrift (.ttf) mit dem Zeichen zu installieren.",
    Code.LIST_TEXT_TOO_LONG: "Spalte „{column}“: Die Zelle ist {length} Zeichen lang; erlaubt "
    "sind höchstens {limit}. Kürzen Sie den Eintrag.",
    Code.LIST_CELL_TOO_LONG_TO_READ: "In dieser Zeile steht eine Zelle mit weit über 100.000 "
    "Zeichen; erlaubt sind höchstens {limit}. Kürzen Sie den Eintrag.",
    Code.ARGUMENT_FORBIDDEN_CHARACTER: "Der Text enthält ein Zeichen, das kein Text ist "
    "({character}), etwa aus einer falsch kodierten Eingabe. Geben Sie ihn noch einmal ein.",
    Code.ARGUMENT_PATH_CONTROL_CHARACTER: "Der Ordnername enthält ein Steuerzeichen "
    "({character}), etwa aus einer mitkopierten Zeile. Geben Sie ihn noch einmal ein.",
    Code.LIST_TOO_MANY_ROWS: "Die Liste hat mehr als {limit} Zeilen. Teilen Sie sie auf "
    "mehrere Dateien auf.",
    Code.LIST_TOO_MANY_EMPTY_ROWS: "Die Tabelle hat mit ihren leeren Zeilen mehr als {limit} "
    "Zeilen (leere Zeilen mit Rahmen oder Farbe in Excel, oder Zeilen nur aus Trennzeichen). "
    "Löschen Sie die leeren Zeilen unter der Liste, oder kopieren Sie die Zeilen der Liste in "
    "eine neue Datei.",
    Code.LIST_TOO_MANY_COLUMNS: "Die Zeile hat mehr als {limit} Spalten; eine Liste hat etwa "
    "zehn. Speichern Sie nur die Spalten der Liste in einer neuen Datei.",
    Code.LIST_UNPACKED_TOO_LARGE: "Die Excel-Datei ist entpackt größer als {limit}; so groß "
    "ist keine Empfängerliste. Speichern Sie nur das Tabellenblatt mit der Liste in einer "
    "neuen Arbeitsmappe.",
    Code.LIST_UNBALANCED_QUOTE: 'In dieser Zeile beginnt ein Anführungszeichen ("), das nicht '
    "richtig geschlossen wird; die folgenden Zeilen würden sonst in eine Zelle rutschen. "
    "Löschen Sie das Anführungszeichen oder setzen Sie den Eintrag ganz in Anführungszeichen.",
    Code.LIST_MIXED_ENCODING: "In dieser Zeile steht „{value}“: Umlaute in zwei Zeichen wie "
    "„Ã¼“ für „ü“. Die Datei mischt zwei Kodierungen (etwa Zeilen aus einer anderen Datei "
    "angehängt); so stünden falsche Namen in den Briefen. Öffnen Sie die Liste in Excel, "
    "berichtigen Sie die Namen und speichern Sie sie als „CSV UTF-8 (durch Trennzeichen "
    "getrennt)“ oder als „Excel-Arbeitsmappe (*.xlsx)“.",
    Code.LIST_MAC_ENCODING: "In dieser Zeile steht „{value}“: Die Datei ist offenbar mit "
    "Excel für Mac als einfache CSV gespeichert, deren Umlaute pressetool nicht sicher lesen "
    "kann; so stünden falsche Namen in den Briefen. Speichern Sie die Liste in Excel als "
    "„CSV UTF-8 (durch Trennzeichen getrennt)“ oder als „Excel-Arbeitsmappe (*.xlsx)“.",
    Code.LIST_MORE_CELLS_THAN_HEADER: "Die Zeile hat {cells} Zellen, die Kopfzeile (Zeile "
    "{header}) nur {columns}; so stünden ihre Angaben in den falschen Spalten. Steht "
    '{separator} in einer Zelle? Setzen Sie die Zelle in Anführungszeichen ("…") oder '
    "ersetzen Sie das Zeichen durch ein anderes; eine Zelle „E-Mail“ nimmt nur eine Adresse.",
    Code.LIST_SHEET_READ: "Die Datei hat {count} Tabellenblätter; gelesen wurde das "
    "aktive Blatt „{sheet}“. Ist das die Liste, ist alles richtig; sonst öffnen Sie die "
    "Datei in Excel, wählen das Blatt mit der Liste und speichern.",
    Code.LIST_HIDDEN_ROW: "Die Zeile {rows} ist in Excel ausgeblendet und wurde übergangen. "
    "Soll sie dazugehören, blenden Sie sie in Excel ein.",
    Code.LIST_HIDDEN_ROWS: "Die Zeilen {rows} sind in Excel ausgeblendet und wurden "
    "übergangen. Sollen sie dazugehören, blenden Sie sie in Excel ein.",
    Code.LIST_HEADER_ROW: "Als Kopfzeile mit den Spaltenüberschriften wurde Zeile {row} "
    "gelesen; die Zeilen darüber wurden übergangen.",
    Code.LIST_FORMULA_WITHOUT_RESULT: "Spalte „{column}“: In der Zelle steht die Formel "
    "„{formula}“, aber kein Ergebnis; das Programm, das die Datei geschrieben hat, hat sie "
    "nicht berechnet. Öffnen Sie die Datei einmal in Excel oder LibreOffice und speichern Sie "
    "sie, oder schreiben Sie den Inhalt von Hand in die Zelle.",
    Code.LIST_FORMULAS_WITHOUT_RESULT: "In der Tabelle stehen viele Formeln ohne Ergebnis; das "
    "Programm, das die Datei geschrieben hat, hat sie nicht berechnet. Öffnen Sie die Datei "
    "einmal in Excel oder LibreOffice und speichern Sie sie.",
    Code.LIST_TOO_MANY_ELEMENTS: "Die Tabelle besteht aus mehr als {limit} XML-Elementen; "
    "so viele hat keine Liste. Kopieren Sie die Zeilen der Liste in Excel in eine neue "
    "Arbeitsmappe und speichern Sie diese.",
    Code.LIST_TOO_MANY_PARTS: "Die Excel-Datei besteht aus mehr als {limit} Teilen "
    "(Tabellenblätter, Bilder, Diagramme); so viele hat keine Liste. Kopieren Sie die Zeilen "
    "der Liste in Excel in eine neue Arbeitsmappe und speichern Sie diese.",
    Code.LIST_TOO_MANY_MERGED_RANGES: "Die Tabelle hat mehr als {limit} verbundene Zellen; so "
    "viele hat keine Liste. Markieren Sie in Excel die ganze Tabelle und heben Sie die "
    "Verbindung auf (Start → Verbinden und zentrieren), dann speichern Sie.",
    Code.LIST_UNREAD_COLUMN: "Die Spalte {columns} liest pressetool nicht; was in ihr steht, "
    "erscheint in keinem Brief und auf keiner Liste. Gehört es in die Anschrift, tragen Sie es "
    "in eine der Spalten {known} ein.",
    Code.LIST_UNREAD_COLUMNS: "Die Spalten {columns} liest pressetool nicht; was in ihnen steht, "
    "erscheint in keinem Brief und auf keiner Liste. Gehört es in die Anschrift, tragen Sie es "
    "in eine der Spalten {known} ein.",
    Code.LIST_NO_STREET: "In der Spalte „{column}“ steht nichts; der Brief trägt nur Name, "
    "Postleitzahl und Ort und kommt so meist nicht an. Tragen Sie Straße und Hausnummer "
    "(oder das Postfach) ein.",
    Code.LIST_TITLE_IN_NAME: "Spalte „{column}“: „{value}“ beginnt mit dem Titel „{title}“; er "
    "wird als Titel verwendet und der Name als „{name}“. Schreiben Sie Titel in die Spalte "
    "„Titel“.",
    Code.LIST_COMMA_IN_LAST_NAME: "Spalte „{column}“: In „{value}“ steht ein Komma; das sieht "
    "nach „Nachname, Vorname“ aus einem Export aus, und so stünde es in Anschrift und Anrede. "
    "Tragen Sie den Vornamen in die Spalte „Vorname“ ein und lassen Sie in „{column}“ nur den "
    "Nachnamen.",
    Code.LIST_SALUTATION_WITHOUT_NAME: "Spalte „{column}“: Die Zeile hat die Anrede „{value}“, "
    "aber keinen Namen; der Brief geht an „{organisation}“ mit „Sehr geehrte Damen und "
    "Herren,“. Soll er an eine Person gehen, tragen Sie ihren Namen ein.",
    Code.LIST_WHOLE_NAME_IN_LAST_NAME: "Spalte „{column}“: „{value}“ sieht nach Vor- und "
    "Nachname aus, und die Spalte „Vorname“ ist leer. Dann nennt die Anrede im Brief den "
    "ganzen Namen, und die Listen sortieren nach dem ersten Wort. Tragen Sie den Vornamen in "
    "die Spalte „Vorname“ ein und lassen Sie in „{column}“ nur den Nachnamen.",
    Code.LIST_MISSING_LAST_NAME_COLUMN_NAME: "Die Spalte „{column}“ fehlt. Heißt sie "
    "„{found}“? Schreiben Sie die Überschrift „{column}“. Steht darin der ganze Name, teilen "
    "Sie ihn auf zwei Spalten auf: den Vornamen in „Vorname“, den Nachnamen in „{column}“.",
    Code.LIST_NO_FIRST_NAME_FOR_GREETING: "Spalte „{column}“: Ohne die Anrede Frau oder Herr "
    "nennt der Brief Vor- und Nachnamen („Guten Tag Kim Schmidt,“); hier fehlt der Vorname, "
    "so grüßt er nur mit dem Nachnamen („Guten Tag Schmidt,“). Tragen Sie den Vornamen ein "
    "oder die Anrede Frau oder Herr.",
    # archive (issue 11)
    Code.ARCHIVE_BAD_MOMENT: "„{value}“ ist kein Zeitpunkt. Schreiben Sie Datum und Uhrzeit "
    '(Berliner Zeit) in Anführungszeichen, zum Beispiel --at "2026-12-03 10:00".',
    Code.ARCHIVE_FILE_GONE: "Nr. {number} ist nicht mehr im Archiv: Ihre Datei fehlt in "
    "releases/{year}/. War das ein Versehen, stellen Sie die Datei wieder her und schreiben "
    "Sie das Archiv noch einmal; eine veröffentlichte Pressemitteilung nimmt man zurück, statt "
    "ihre Datei zu löschen.",
    Code.ARCHIVE_AT_NEEDS_OUT: "Mit --at entsteht das Archiv eines anderen Zeitpunkts; das "
    "gehört nicht in den öffentlichen Ordner „{output}“, nicht darunter und nicht in einen "
    "Ordner, der ihn enthält. Geben Sie mit --out einen eigenen Ordner außerhalb an, zum "
    "Beispiel --out vorschau.",
    Code.ARCHIVE_OUT_INTERNAL: "Der Zielordner „{out}“ ist der interne Ordner „{internal}“ oder "
    "liegt darin ([paths] internal in pressetool.toml). Dort liegen Einladungsbriefe und "
    "Listen mit personenbezogenen Daten; das Archiv ist öffentlich. Geben Sie mit --out einen "
    "anderen Ordner an, etwa {output}.",
    Code.ARCHIVE_OUT_CONTAINS_INTERNAL: "Der Zielordner „{out}“ enthält den internen Ordner "
    "„{internal}“ ([paths] internal in pressetool.toml) mit personenbezogenen Daten; auf "
    "einem Webserver wäre er öffentlich. Geben Sie mit --out einen Ordner an, der ihn nicht "
    "enthält, etwa {output}.",
    Code.ARCHIVE_OUT_CONTAINS_RELEASES: "Der Zielordner „{out}“ enthält den Ordner „{releases}“ "
    "mit Entwürfen und dem Nummernregister; auf einem Webserver wäre er öffentlich. Geben Sie "
    "mit --out einen Ordner an, der ihn nicht enthält, etwa {output}.",
    Code.ARCHIVE_OUT_IN_RELEASES: "Der Zielordner „{out}“ liegt im Ordner „{releases}“ mit "
    "Entwürfen, Texten unter Sperrfrist und dem Nummernregister: Ein Webserver, der das Archiv "
    "zeigt, stünde mitten unter ihnen. Geben Sie mit --out einen Ordner außerhalb an, etwa "
    "{output}.",
    Code.PERSONAL_OUT_PUBLIC: "Der Zielordner „{out}“ ist der Ordner „{output}“ für "
    "öffentliche Dokumente oder liegt darin ([paths] output in pressetool.toml); er kommt auf "
    "den Webserver. Einladungsbriefe und Listen enthalten Namen und Anschriften und gehören in "
    "den internen Ordner „{internal}“: Lassen Sie --out weg, dann schreibt pressetool dorthin, "
    "oder geben Sie mit --out einen Ordner außerhalb von „{output}“ an.",
    Code.ARCHIVE_FEED_NEEDS_BASE_URL: "Der Feed feed.xml verweist nur relativ auf die "
    "Pressemitteilungen; ein Feedreader braucht vollständige Adressen. Tragen Sie in "
    "pressetool.toml unter [archive] die Adresse ein, unter der das Archiv im Netz steht, "
    'etwa base_url = "{example}".',
    Code.ARCHIVE_BASE_URL_NOT_WEB: "„{value}“ unter [archive] base_url ist keine Web-Adresse; "
    "die Verweise in feed.xml führen so ins Leere. Schreiben Sie sie vollständig, mit https:// "
    "am Anfang.",
    Code.ARCHIVE_BASE_URL_NOT_A_FOLDER: "„{value}“ enthält {what}; die Verweise in feed.xml "
    "setzen ihren Pfad dahinter und führen so ins Leere. Schreiben Sie nur die Adresse des "
    'Archivs, ohne Leerzeichen, ? und #, etwa base_url = "{example}".',
    Code.ARCHIVE_DOCUMENT_NEVER_PUBLIC: "„{path}“ gehört zu Nr. {number}, {what}, liegt "
    "aber im öffentlichen Ordner (etwa von „pressetool build --out“); auf dem Webserver "
    "wäre sie zu sehen. Das Archiv verweist nicht darauf; löschen Sie die Datei dort.",
    Code.ARCHIVE_DOCUMENT_NEVER_PUBLIC_IN_BROWSER: "„{path}“ gehört zu Nr. {number}, {what}, "
    "liegt aber im öffentlichen Ordner; auf dem Webserver wäre sie zu sehen. Das "
    "Archiv verweist nicht darauf; lassen Sie die Datei dort von Ihrer IT löschen.",
    Code.ARCHIVE_DOCUMENT_BEFORE_ITS_TIME: "„{path}“ gehört zu Nr. {number}, die erst ab "
    "{moment} öffentlich ist, liegt aber schon im öffentlichen Ordner (etwa von „pressetool "
    "build“). Das Archiv verweist nicht darauf; verschieben Sie die Datei bis dahin an einen "
    "anderen Ort.",
    Code.ARCHIVE_DOCUMENT_BEFORE_ITS_TIME_IN_BROWSER: "„{path}“ gehört zu Nr. {number}, die erst "
    "ab {moment} öffentlich ist, liegt aber schon im öffentlichen Ordner. Das Archiv verweist "
    "nicht darauf; lassen Sie die Datei bis dahin von Ihrer IT an einen anderen Ort verschieben.",
    Code.ARCHIVE_UNREADABLE_NEVER_PUBLIC: "Die Datei lässt sich nicht lesen. Nr. {number} ist "
    "im Register {what}; die Datei bleibt draußen aus dem Archiv. Berichtigen Sie sie, damit "
    "pressetool sie wieder lesen kann.",
    Code.WITHDRAWN_AFTER_SENDING: "Die Pressemitteilung ist per E-Mail verschickt worden "
    "(gesendet: {count}); dass sie zurückgezogen ist, erfährt dort niemand von selbst: Teilen "
    "Sie es den Empfängerinnen und Empfängern mit.",
    Code.CORRECTION_NOTE_MISSING: "Noch fehlt, was berichtigt wurde: Tragen Sie unter "
    "„correction_of“ bei „note:“ einen Satz ein, etwa „Die Uhrzeit war falsch; richtig ist "
    "10 Uhr.“ Ohne ihn veröffentlicht „pressetool publish“ die Berichtigung nicht.",
    Code.CORRECTION_NOTE_MISSING_IN_BROWSER: "Noch fehlt, was berichtigt wurde: Tragen Sie "
    "einen Satz ein, etwa „Die Uhrzeit war falsch; richtig ist 10 Uhr.“ Ohne ihn wird die "
    "Berichtigung nicht veröffentlicht.",
    Code.EMBARGO_BEFORE_DATE: "Die Sperrfrist ({embargo}) liegt vor dem Datum der "
    "Pressemitteilung ({date}) und hat so keine Wirkung: Öffentlich ist sie ohnehin erst ab "
    "ihrem Datum. Löschen Sie embargo oder tragen Sie eine spätere Sperrfrist ein.",
    Code.EMBARGO_TIME_TWICE: "Die Uhrzeit {time} Uhr gibt es am {date} zweimal: In dieser "
    "Nacht endet die Sommerzeit, um 3 Uhr werden die Uhren auf 2 Uhr zurückgestellt. "
    "pressetool nimmt das zweite Mal, {time} Uhr Winterzeit, eine Stunde nach dem ersten: So "
    "wird die Pressemitteilung in keinem Fall zu früh öffentlich. Soll die Sperrfrist früher "
    "enden, tragen Sie eine Uhrzeit vor 2 Uhr ein.",
    Code.ARCHIVE_REGISTER_LOST: "Das Nummernregister {register} fehlt, aber in releases/ liegen "
    "Pressemitteilungen. Ohne Register gilt im Archiv der Status, der in den Dateien steht: "
    "Eine Datei, der die Zeile status: draft fehlt, gilt als veröffentlicht. Holen Sie das "
    "Register aus der Datensicherung zurück; gibt es keine, bauen Sie es mit „pressetool "
    "reindex“ aus den Dateien neu auf.",
    Code.ARCHIVE_REGISTER_LOST_IN_BROWSER: "Das Nummernregister {register} fehlt, aber in "
    "releases/ liegen Pressemitteilungen. Ohne Register gilt im Archiv der Status, der in den "
    "Dateien steht: Eine Datei, der die Zeile status: draft fehlt, gilt als veröffentlicht. "
    "Lassen Sie das Register von Ihrer IT aus der Datensicherung zurückholen; gibt es keine, "
    "bauen Sie es mit „Register aus den Dateien neu aufbauen“ unter „Register und Archiv“ neu "
    "auf.",
    # release life (issue 11)
    Code.DISCARD_WITHOUT_STATUS: "Hier steht, dass die Nummer verworfen wurde, aber status ist "
    "nicht discarded. Schreiben Sie status: discarded oder löschen Sie discard.",
    Code.PUBLISH_INCOMPLETE: "Nr. {number} ist noch nicht fertig und wurde nicht "
    "veröffentlicht; es wurde nichts verändert. Was fehlt oder falsch ist, steht in den "
    "Zeilen hierunter. Ergänzen Sie es in „{path}“ und rufen Sie „pressetool publish "
    "{number}“ noch einmal auf.",
    Code.PUBLISH_INCOMPLETE_IN_EDITOR: "Nr. {number} ist noch nicht fertig und wurde nicht "
    "veröffentlicht; es wurde nichts verändert. Was fehlt oder falsch ist, steht hierunter. "
    "Ergänzen Sie es im Editor, speichern Sie und veröffentlichen Sie dann noch einmal.",
    Code.ALREADY_PUBLISHED: "Die Pressemitteilung Nr. {number} ist bereits veröffentlicht. Ihre "
    "Dokumente erneuern Sie mit „pressetool build {path}“.",
    Code.ALREADY_PUBLISHED_IN_BROWSER: "Die Pressemitteilung Nr. {number} ist bereits "
    "veröffentlicht; es wurde nichts verändert. Ihre Dokumente laden Sie im Editor unter "
    "„Herunterladen“.",
    Code.PUBLISHED_LATER_IN_BROWSER: "Öffentlich ist sie erst ab {public_from} (Datum oder "
    "Sperrfrist): PDF und DOCX liegen bis dahin im internen Ordner {internal}/, nicht in "
    "{output}/. Ins Archiv kommen sie ab {public_from} mit „Archiv schreiben“ unter „Register und "
    "Archiv“.",
    Code.PUBLISH_WITHDRAWN: "Die Pressemitteilung Nr. {number} ist zurückgezogen und wird nicht "
    "wieder veröffentlicht. Eine berichtigte Fassung legt „pressetool correct {number}“ an.",
    Code.PUBLISH_WITHDRAWN_IN_BROWSER: "Die Pressemitteilung Nr. {number} ist "
    "zurückgezogen und wird nicht wieder veröffentlicht. Soll es doch eine geben, legen Sie "
    "unter „Neue Pressemitteilung“ eine neue an.",
    Code.NUMBER_DISCARDED: "Die Nummer {number} ist verworfen{reason}: Sie wird nie "
    "veröffentlicht, zurückgezogen oder berichtigt. Eine neue Pressemitteilung legt "
    "„pressetool new --title …“ an.",
    Code.NUMBER_DISCARDED_IN_BROWSER: "Die Nummer {number} ist verworfen{reason}: Sie "
    "wird nie veröffentlicht, zurückgezogen oder berichtigt. Eine neue Pressemitteilung "
    "legen Sie unter „Neue Pressemitteilung“ an.",
    Code.WITHDRAW_DRAFT: "Nr. {number} ist ein Entwurf und wurde nie veröffentlicht; "
    "zurückziehen lässt sich nur eine veröffentlichte Pressemitteilung. Einen Entwurf, der "
    "keine Pressemitteilung wird, verwerfen Sie: pressetool discard {number} --reason "
    '"Grund".',
    Code.WITHDRAW_DRAFT_IN_BROWSER: "Nr. {number} ist ein Entwurf und wurde nie "
    "veröffentlicht; zurückziehen lässt sich nur eine veröffentlichte Pressemitteilung. "
    "Einen Entwurf, der keine Pressemitteilung wird, geben Sie im Editor mit „Verwerfen“ auf.",
    Code.DISCARD_PUBLISHED: "Nr. {number} ist veröffentlicht; verwerfen lässt sich nur ein "
    "Entwurf. Eine veröffentlichte Pressemitteilung ziehen Sie zurück: pressetool withdraw "
    '{number} --reason "Grund".',
    Code.DISCARD_PUBLISHED_IN_BROWSER: "Nr. {number} ist veröffentlicht; verwerfen lässt "
    "sich nur ein Entwurf. Eine veröffentlichte Pressemitteilung nehmen Sie im Editor mit "
    "„Zurückziehen“ zurück.",
    Code.DISCARD_WITHDRAWN: "Nr. {number} ist veröffentlicht und schon zurückgezogen; "
    "verwerfen lässt sich nur ein Entwurf. Die Zurückziehung bleibt, wie sie ist.",
    Code.BAD_NUMBER_RANGE: "„{value}“ ist kein Bereich von Nummern. Schreiben Sie die erste "
    "und die letzte Nummer desselben Jahres mit einem Bindestrich dazwischen, die kleinere "
    "zuerst, zum Beispiel 001/2026-066/2026.",
    Code.DISCARD_NUMBER_GIVEN: "Die Nummer {number} ist schon vergeben ({status}); es wurde "
    "keine Nummer verworfen. Ohne Datei verwirft pressetool nur Nummern, die noch nicht im "
    "Register stehen, etwa die vor pressetool vergebenen. Einen Entwurf verwerfen Sie "
    'einzeln: pressetool discard NNN/JJJJ --reason "Grund".',
    Code.DISCARD_NUMBER_HAS_FILE: "Zur Nummer {number} gibt es die Datei „{path}“, aber keinen "
    "Eintrag im Register; es wurde keine Nummer verworfen. Nehmen Sie die Datei mit "
    "„pressetool reindex“ ins Register auf; ist sie ein Entwurf, verwerfen Sie ihn danach "
    'einzeln: pressetool discard {number} --reason "Grund".',
    Code.CORRECT_DRAFT: "Nr. {number} ist ein Entwurf und wurde nie veröffentlicht; berichtigt "
    "wird nur eine veröffentlichte Pressemitteilung. Einen Entwurf ändern Sie direkt in "
    "seiner Datei.",
    Code.CORRECT_DRAFT_IN_BROWSER: "Nr. {number} ist ein Entwurf und wurde nie "
    "veröffentlicht; berichtigt wird nur eine veröffentlichte Pressemitteilung. Einen Entwurf "
    "ändern Sie im Editor.",
    Code.CORRECTION_BEFORE_ORIGINAL: "Eine Berichtigung kann nicht vor der Pressemitteilung "
    "liegen, die sie berichtigt: {date} ist vor dem {original_date} von Nr. {number}. Lassen "
    "Sie --date weg (dann gilt heute) oder nennen Sie ein späteres Datum.",
    Code.CORRECTION_BEFORE_ORIGINAL_IN_BROWSER: "Eine Berichtigung kann nicht vor der "
    "Pressemitteilung liegen, die sie berichtigt: {date} ist vor dem {original_date} von "
    "Nr. {number}. Lassen Sie „Datum der Berichtigung“ leer (dann gilt heute) oder nennen "
    "Sie ein späteres Datum.",
    Code.CORRECTION_PUBLIC_BEFORE_ORIGINAL: "Die Berichtigung Nr. {number} wäre ab {moment} "
    "öffentlich, die Pressemitteilung Nr. {original}, die sie berichtigt, erst ab "
    "{original_moment}; die Berichtigung wurde nicht veröffentlicht. Tragen Sie in ihr die "
    "Sperrfrist der Pressemitteilung ein (embargo: {embargo}) oder eine spätere.",
    Code.STATUS_OF_FILE_DIFFERS: "Nr. {number}: Im Register steht „{register}“, in der Datei "
    "„{file}“; es wurde nichts verändert. Tragen Sie in die Datei status: {register_value} "
    "ein, wenn das Register stimmt, und rufen Sie den Befehl noch einmal auf; „pressetool "
    "verify“ zeigt alle Abweichungen.",
    Code.STATUS_OF_FILE_DIFFERS_IN_BROWSER: "Nr. {number}: Im Register steht "
    "„{register}“, in der Datei „{file}“; es wurde nichts verändert. „Register prüfen“ unter "
    "„Register und Archiv“ zeigt alle Abweichungen. Stimmt das Register, tragen Sie in die "
    "Datei status: {register_value} ein und versuchen Sie es noch einmal.",
    Code.BUILD_DISCARDED: "Diese Nummer ist verworfen (status: discarded); für eine verworfene "
    "Nummer entstehen keine Dokumente.",
    Code.DISCARD_LEAVES_GAP: "{first} liegt hinter der nächsten freien Nummer {next}; "
    "verworfen würde sie Nummern überspringen, die dann für immer fehlten (ein Tippfehler wie "
    "999 statt 009 ließe sich nicht zurücknehmen). Es wurde nichts verworfen. Verwerfen Sie "
    "ab {next}, zum Beispiel {next}-{last}.",
    # shared register (issue 12)
    Code.DATABASE_URL_HAS_PASSWORD: "Die Adresse „{value}“ enthält ein Passwort. Ein Passwort "
    "gehört nie in pressetool.toml: die Datei liegt im gemeinsamen Ordner, alle können sie "
    "lesen. Schreiben Sie die Adresse ohne Passwort und legen Sie das Passwort in ~/.pgpass ab "
    "(unter Windows %APPDATA%\\postgresql\\pgpass.conf), oder setzen Sie die Umgebungsvariable "
    "PGPASSWORD, oder die ganze Adresse mit Passwort in PRESSETOOL_DATABASE_URL.",
    Code.SHARED_REGISTER_UNREACHABLE: "Das gemeinsame Register „{server}“ ist nicht erreichbar: "
    "Der Server antwortet nicht (gestoppt, Netzwerk oder Firewall, falscher Port). Es wurde "
    "nichts verändert. Versuchen Sie es später noch einmal, oder fragen Sie Ihre IT, ob der "
    "Datenbankserver läuft. ({detail})",
    Code.SHARED_REGISTER_NOT_POSTGRES: "Unter „{server}“ antwortet kein PostgreSQL-Server, "
    "sondern ein anderer Dienst: Servername oder Port in der Adresse stimmen wohl nicht "
    "(PostgreSQL hört meist auf Port 5432). Prüfen Sie die Adresse mit Ihrer IT; es wurde "
    "nichts verändert. ({detail})",
    Code.SHARED_REGISTER_UNKNOWN_HOST: "Den Server „{host}“ des gemeinsamen Registers gibt es "
    "nicht: der Name lässt sich nicht auflösen. Prüfen Sie den Servernamen in der Adresse "
    "„{server}“; es wurde nichts verändert.",
    Code.SHARED_REGISTER_NO_PASSWORD: "Der Server des gemeinsamen Registers „{server}“ verlangt "
    "ein Passwort für „{user}“, aber pressetool hat keines. Legen Sie es in ~/.pgpass ab "
    "(unter Windows %APPDATA%\\postgresql\\pgpass.conf) oder setzen Sie PGPASSWORD; es wurde "
    "nichts verändert.",
    Code.SHARED_REGISTER_BAD_PASSWORD: "Der Server des gemeinsamen Registers „{server}“ hat die "
    "Anmeldung als „{user}“ abgelehnt: das Passwort ist falsch (oder den Benutzer gibt es "
    "nicht). Prüfen Sie das Passwort in ~/.pgpass, PGPASSWORD oder PRESSETOOL_DATABASE_URL; es "
    "wurde nichts verändert.",
    Code.SHARED_REGISTER_TLS_FAILED: "Die verschlüsselte Verbindung (TLS) zum gemeinsamen "
    "Register „{server}“ kam nicht zustande: {reason}. Prüfen Sie sslmode und sslrootcert in "
    "der Adresse mit Ihrer IT; es wurde nichts verändert. ({detail})",
    Code.SHARED_REGISTER_NO_CONNECT_RIGHT: "Der Datenbankserver {host} lässt „{user}“ nicht mit "
    "der Datenbank „{database}“ verbinden: Das Recht CONNECT fehlt. Ihre IT gibt es einmal: "
    "GRANT CONNECT ON DATABASE {database} TO {user}. Es wurde nichts verändert.",
    Code.SHARED_REGISTER_NO_DATABASE: "Die Datenbank „{database}“ gibt es auf dem Server "
    "„{host}“ nicht. Prüfen Sie den Namen in der Adresse „{server}“, oder lassen Sie die "
    "Datenbank von Ihrer IT anlegen (README, „Gemeinsames Register“); es wurde nichts "
    "verändert.",
    Code.SHARED_REGISTER_NO_SCHEMA: "Das Schema „{schema}“, das die Adresse „{server}“ nennt "
    "(options=-csearch_path), gibt es in der Datenbank nicht. Ihre IT legt es einmal an: "
    "CREATE SCHEMA {schema} AUTHORIZATION {user}. Es wurde nichts verändert.",
    Code.SHARED_REGISTER_NO_SCHEMA_USAGE: "„{user}“ darf das Schema „{schema}“, das die Adresse "
    "„{server}“ nennt (options=-csearch_path), nicht benutzen: Das Recht USAGE fehlt. Ihre IT "
    "gibt es einmal: GRANT USAGE, CREATE ON SCHEMA {schema} TO {user} (oder macht „{user}“ zum "
    "Eigentümer: ALTER SCHEMA {schema} OWNER TO {user}). Es wurde nichts verändert.",
    Code.SHARED_REGISTER_BAD_URL_VALUE: "In der Adresse „{server}“ stimmt {part} nicht: "
    "„{value}“ geht nicht, {fix}. Berichtigen Sie die Adresse; es wurde nichts verändert.",
    Code.SHARED_REGISTER_NOT_ALLOWED: "Der Server „{host}“ lässt „{user}“ von diesem Rechner "
    "aus nicht an die Datenbank „{database}“ (pg_hba.conf). Ihre IT muss den Zugang freigeben; "
    "es wurde nichts verändert.",
    Code.SHARED_REGISTER_NOT_ALLOWED_UNENCRYPTED: "Der Server „{host}“ lässt „{user}“ von diesem "
    "Rechner aus ohne Verschlüsselung nicht an die Datenbank „{database}“ (pg_hba.conf). Nimmt "
    "er nur verschlüsselte Verbindungen (TLS) an, schreiben Sie in die Adresse "
    "sslmode=verify-full und sslrootcert= mit der CA-Datei Ihrer IT; sonst muss Ihre IT den "
    "Zugang freigeben. Es wurde nichts verändert.",
    Code.SHARED_REGISTER_NO_PERMISSION: "„{user}“ darf im gemeinsamen Register „{server}“ nicht "
    "lesen oder schreiben ({detail}). Ihre IT muss der Rolle die Rechte geben (README, "
    "„Gemeinsames Register“); es wurde nichts verändert.",
    Code.SHARED_REGISTER_CONNECTION_LOST: "Die Verbindung zum gemeinsamen Register „{server}“ "
    "brach ab, bevor die Änderung gespeichert war (Server gestoppt oder Verbindung getrennt). "
    "Es wurde nichts verändert und keine Datei geschrieben; versuchen Sie es noch einmal.",
    Code.SHARED_REGISTER_COMMIT_UNCERTAIN: "Die Verbindung zum gemeinsamen Register „{server}“ "
    "brach beim Speichern ab; ob der Server die Änderung noch gespeichert hat, ist ungewiss. "
    "Die Datei wurde zurückgenommen. „pressetool verify“ zeigt, ob das Register nun eine Nummer "
    "ohne Datei führt; eine solche Nummer wird nicht noch einmal vergeben.",
    Code.SHARED_REGISTER_COMMIT_UNCERTAIN_IN_BROWSER: "Die Verbindung zum gemeinsamen Register "
    "„{server}“ brach beim Speichern ab; ob der Server die Änderung noch gespeichert hat, ist "
    "ungewiss. Die Datei wurde zurückgenommen. „Register prüfen“ unter „Register und Archiv“ "
    "zeigt, ob das Register nun eine Nummer ohne Datei führt; eine solche Nummer wird nicht noch "
    "einmal vergeben.",
    Code.SHARED_REGISTER_FAILED: "Das gemeinsame Register „{server}“ meldet einen Fehler: "
    "{detail}. Es wurde nichts verändert.",
    Code.SHARED_REGISTER_NOT_INITIALISED: "In der Datenbank „{server}“ ist noch kein "
    "Nummernregister eingerichtet. Richten Sie es einmal mit „pressetool register init“ ein, "
    "oder übernehmen Sie das bisherige mit „pressetool register migrate --to …“; es wurde "
    "nichts verändert.",
    Code.SHARED_REGISTER_NOT_INITIALISED_IN_BROWSER: "In der Datenbank „{server}“ ist noch kein "
    "Nummernregister eingerichtet; es wurde nichts verändert. Bitten Sie Ihre IT, es einzurichten "
    "oder das bisherige Register dorthin zu übertragen.",
    Code.SHARED_REGISTER_NOT_PRESSETOOL: "Die Tabellen pressetool_register und release_numbers "
    "in dieser Datenbank sind kein Nummernregister von pressetool; sie wurden nicht verändert. "
    "Nennen Sie in der Adresse eine eigene Datenbank (oder ein eigenes Schema) für das Register.",
    Code.SHARED_REGISTER_NOT_A_FILE: "„{value}“ ist ein gemeinsames PostgreSQL-Register, "
    "keine Datei; dieser Schritt braucht ein SQLite-Register im Ordner der Pressestelle.",
    Code.REGISTER_SCHEMA_NEWER: "Das Nummernregister hat die Schema-Version {found}, eingerichtet "
    "von einem neueren pressetool; dieses kennt nur bis Version {known} und verändert es nicht. "
    "Installieren Sie auf diesem Rechner die neue Version von pressetool.",
    Code.REGISTER_SCHEMA_OLDER: "Das Nummernregister hat die Schema-Version {found}, dieses "
    "pressetool braucht Version {known}; es wurde nichts verändert. Stellen Sie das Register "
    "einmal mit „pressetool register init“ um.",
    Code.REGISTER_SCHEMA_OLDER_IN_BROWSER: "Das Nummernregister hat die Schema-Version {found}, "
    "dieses pressetool braucht Version {known}; es wurde nichts verändert. Bitten Sie Ihre IT, das "
    "Register einmal umzustellen.",
    Code.MIGRATE_NEEDS_CONFIG: "„pressetool register migrate“ stellt database_url in "
    "pressetool.toml um, aber hier gibt es keine pressetool.toml. Wechseln Sie in den Ordner "
    "der Pressestelle.",
    Code.MIGRATE_ENVIRONMENT_SET: "Die Umgebungsvariable PRESSETOOL_DATABASE_URL ist gesetzt "
    "und ginge pressetool.toml vor. Entfernen Sie sie für diesen Befehl (unset "
    "PRESSETOOL_DATABASE_URL); das Passwort des Ziels gehört nach ~/.pgpass oder PGPASSWORD.",
    Code.MIGRATE_SOURCE_NOT_SQLITE: "Das Register der Pressestelle ist „{value}“, keine "
    "SQLite-Datei; „pressetool register migrate“ überträgt nur ein SQLite-Register.",
    Code.MIGRATE_TARGET_NOT_POSTGRESQL: "„{value}“ ist keine PostgreSQL-Adresse. Schreiben Sie "
    "postgresql://benutzer@server/datenbank.",
    Code.MIGRATE_TARGET_NOT_EMPTY: "Das Register „{server}“ enthält schon {count} Nummern. "
    "„pressetool register migrate“ überträgt nur in ein leeres Register, damit keine Nummer "
    "zweimal vergeben wird; es wurde nichts verändert. Nennen Sie eine leere Datenbank.",
    Code.MIGRATE_MISMATCH: "Nach dem Übertragen stimmen die Register nicht überein: {detail}. "
    "pressetool.toml wurde nicht umgestellt und nennt weiter das SQLite-Register.",
    Code.MIGRATE_CONFIG_NOT_SWITCHABLE: "Die Einstellung database_url unter [register] in "
    "pressetool.toml lässt sich nicht als Textzeile umstellen (etwa ein mehrzeiliger "
    "Text); es wurde nichts übertragen. Schreiben Sie die bisherige Adresse dort als "
    'einzeiligen Text, etwa database_url = "sqlite:///releases/register.sqlite", und rufen '
    "Sie den Befehl noch einmal auf.",
    Code.MIGRATE_CONFIG_NOT_WRITTEN: "Die {count} Nummern stehen jetzt geprüft im gemeinsamen "
    "Register „{server}“, aber pressetool.toml ließ sich nicht umstellen ({detail}) und nennt "
    "weiter das SQLite-Register. Vergeben Sie bis dahin keine Nummer und schreiben Sie unter "
    "[register] in pressetool.toml von Hand die Zeile {line}; ein zweites „pressetool "
    "register migrate“ lehnt das nicht mehr leere Register ab. Die SQLite-Datei bleibt "
    "unverändert liegen.",
    # sending (issue 16)
    Code.MAIL_PASSWORD_IN_SETTINGS: "Ein Passwort gehört nicht in pressetool.toml: Der Ordner der "
    "Pressestelle wird geteilt, kopiert und gesichert. Löschen Sie die Zeile und setzen Sie das "
    "Passwort in der Umgebungsvariable PRESSETOOL_SMTP_PASSWORD, oder nennen Sie unter "
    "password_file eine Datei außerhalb dieses Ordners, die nur das Passwort enthält.",
    Code.MAIL_PASSWORD_FILE_INSIDE: "Die Passwortdatei liegt im Ordner der Pressestelle "
    "({folder}), der geteilt, kopiert und gesichert wird. Legen Sie sie außerhalb ab, etwa als "
    "~/.config/pressetool/smtp-passwort, nur für Sie lesbar (chmod 600), und nennen Sie hier "
    "diesen Pfad.",
    Code.MAIL_BAD_NUMBER: "„{value}“ ist hier nicht möglich. Schreiben Sie eine ganze Zahl von "
    "{low} bis {high}, ohne Anführungszeichen.",
    Code.MAIL_BAD_ADDRESS: "„{value}“ ist keine E-Mail-Adresse, die ein Mailserver annimmt (etwa "
    "fehlt das @, oder vor dem @ steht ein Leerzeichen oder ein Umlaut). Schreiben Sie sie in "
    "der Form pressestelle@ba-beispiel.berlin.de.",
    Code.MAIL_NOT_CONFIGURED: "Zum Versenden fehlt die Angabe {key} unter [mail]: {what}. Tragen "
    "Sie sie ein; der Abschnitt „Versenden“ im README zeigt ein Beispiel.",
    Code.MAIL_NO_PASSWORD: "Für die Anmeldung als „{user}“ am Mailserver fehlt das Passwort. "
    "Setzen Sie die Umgebungsvariable PRESSETOOL_SMTP_PASSWORD, oder nennen Sie in "
    "pressetool.toml unter [mail] als password_file eine Datei außerhalb des Ordners der "
    "Pressestelle, die das Passwort enthält.",
    Code.MAIL_PASSWORD_FILE_UNREADABLE: "Die Passwortdatei lässt sich nicht lesen ({detail}). "
    "Prüfen Sie den Pfad unter [mail] password_file in pressetool.toml.",
    Code.MAIL_UNKNOWN_HOST: "Den Mailserver „{host}“ gibt es nicht (der Name ist unbekannt). "
    "Prüfen Sie host unter [mail] in pressetool.toml und die Netzwerkverbindung.",
    Code.MAIL_UNREACHABLE: "Der Mailserver {host} ist an Port {port} nicht erreichbar "
    "({detail}). Prüfen Sie host, port und security unter [mail] in pressetool.toml, oder "
    "fragen Sie Ihre IT, ob der Server läuft.",
    Code.MAIL_TLS_CERTIFICATE: "Der Mailserver {host} hat sich nicht mit einem gültigen "
    "Zertifikat ausgewiesen ({detail}); pressetool sendet nicht über eine Verbindung, die "
    "jemand anderes abhören könnte. Fragen Sie Ihre IT nach dem richtigen Servernamen oder "
    "dem Zertifikat.",
    Code.MAIL_TLS_FAILED: "Die verschlüsselte Verbindung zum Mailserver {host} an Port {port} "
    "kam nicht zustande ({detail}). Prüfen Sie security und port unter [mail] in "
    "pressetool.toml: „tls“ gehört meist zu Port 465, „starttls“ zu Port 587.",
    Code.MAIL_NO_STARTTLS: "Der Mailserver {host} bietet keine Verschlüsselung (STARTTLS) an. "
    'Prüfen Sie port und security unter [mail]: security = "tls" mit Port 465, oder fragen '
    "Sie Ihre IT nach dem Port für verschlüsselten Versand.",
    Code.MAIL_NO_AUTH: "Der Mailserver {host} erlaubt keine Anmeldung mit Benutzername und "
    "Passwort (über diese Verbindung). Lassen Sie user unter [mail] weg, wenn der Server ohne "
    "Anmeldung annimmt, oder fragen Sie Ihre IT nach Port und security.",
    Code.MAIL_PASSWORD_NOT_UTF8: "Benutzername oder Passwort für den Mailserver {host} sind "
    "nicht in UTF-8 geschrieben (etwa ein ß aus einem alten Windows-Programm); so lassen sie "
    "sich nicht senden. Setzen Sie PRESSETOOL_SMTP_PASSWORD in einem UTF-8-Terminal neu, "
    "oder speichern Sie die Passwortdatei als UTF-8.",
    Code.MAIL_AUTH_NOT_ASCII: "Der Mailserver {host} bietet für die Anmeldung als „{user}“ nur "
    "Verfahren an, die keine Umlaute und Sonderzeichen (ß, €) im Benutzernamen oder Passwort "
    "kennen. Bitten Sie Ihre IT um ein Passwort ohne sie oder darum, am Server PLAIN oder "
    "LOGIN über TLS zuzulassen.",
    Code.MAIL_AUTH_FAILED: "Der Mailserver {host} hat die Anmeldung als „{user}“ abgelehnt "
    "(Antwort des Servers: {answer}). Prüfen Sie Benutzername (user unter [mail]) und Passwort "
    "(PRESSETOOL_SMTP_PASSWORD oder password_file).",
    Code.MAIL_SENDER_REFUSED: "Der Mailserver nimmt von der Absenderadresse {sender} nichts an "
    "(Antwort des Servers: {answer}). Prüfen Sie sender unter [mail]; meist muss sie zum "
    "Benutzerkonto (user) gehören.",
    Code.MAIL_WAIT_PUT_OFF: "{address}: Der Mailserver stellt die Nachricht zurück (Antwort des "
    "Servers: {answer}); neuer Versuch in {seconds} Sekunden. Bitte warten.",
    Code.MAIL_WAIT_CONNECTION: "Die Verbindung zum Mailserver {host} ist unterbrochen; neuer "
    "Versuch in {seconds} Sekunden. Bitte warten.",
    Code.MAIL_SERVER_PUT_OFF: "Der Mailserver {host} nimmt gerade keine Nachrichten an, auch "
    "nach {attempts} Versuchen nicht (Antwort des Servers: {answer}); pressetool hat "
    "angehalten. Rufen Sie denselben Befehl später noch einmal auf: Wer schon eine Nachricht "
    "hat, bekommt keine zweite, die übrigen bekommen sie dann.",
    Code.MAIL_CONNECTION_LOST: "Die Verbindung zum Mailserver {host} ist abgebrochen und kam "
    "nicht wieder zustande ({detail}). Rufen Sie denselben Befehl später noch einmal auf: Wer "
    "schon eine Nachricht hat, bekommt keine zweite.",
    Code.MAIL_RECIPIENT_REJECTED: "{address} hat nichts erhalten: Der Mailserver lehnt die "
    "Adresse ab (Antwort des Servers: {answer}). Prüfen Sie die Adresse in der Liste.",
    Code.MAIL_RECIPIENT_TEMPORARY: "{address} hat nichts erhalten: Der Mailserver hat die "
    "Nachricht {attempts}-mal vorläufig abgelehnt (Antwort des Servers: {answer}). Rufen Sie "
    "denselben Befehl später noch einmal auf; dann geht sie nur an die, die noch keine haben.",
    Code.MAIL_MESSAGE_REJECTED: "{address} hat nichts erhalten: Der Mailserver hat die Nachricht "
    "abgelehnt (Antwort des Servers: {answer}).",
    Code.MAIL_DELIVERY_UNCERTAIN: "{address}: Ob die Nachricht angekommen ist, ist unklar; die "
    "Verbindung brach ab, nachdem sie vollständig übertragen war. Sie wird nicht noch einmal "
    "gesendet, damit niemand sie doppelt bekommt. Fragen Sie dort nach; fehlt sie, senden Sie "
    "sie mit --erneut {address}.",
    Code.MAIL_BCC_REJECTED: "Die Kopie an die Pressestelle ({address}, bcc unter [mail]) nimmt "
    "der Mailserver nicht an (Antwort des Servers: {answer}); die Empfänger erhalten ihre "
    "Nachrichten trotzdem.",
    Code.SEND_NO_RELEASE_FILE: "Zur Nummer {number} gibt es keine Pressemitteilungs-Datei in "
    "{folder}. „pressetool list“ zeigt die vergebenen Nummern.",
    Code.SEND_DRAFT: "Die Pressemitteilung Nr. {number} ist ein Entwurf und wird nicht versandt. "
    "Veröffentlichen Sie sie zuerst mit „pressetool publish {number}“.",
    Code.SEND_WITHDRAWN: "Die Pressemitteilung Nr. {number} ist zurückgezogen und wird nicht "
    "mehr versandt.",
    Code.SEND_DISCARDED: "Die Nummer {number} ist verworfen{reason}; eine verworfene "
    "Pressemitteilung wird nie versandt.",
    Code.SEND_BEFORE_EMBARGO: "Die Pressemitteilung Nr. {number} hat eine Sperrfrist bis "
    "{embargo}, die noch nicht abgelaufen ist. Soll sie schon jetzt an die Presse gehen, rufen "
    "Sie den Befehl mit --mit-sperrfrist auf; dann beginnen Betreff und Text jeder Nachricht "
    "mit „SPERRFRIST bis {embargo}:“.",
    Code.SEND_BEFORE_DATE: "Die Pressemitteilung Nr. {number} ist auf den {date} datiert und "
    "vorher nicht öffentlich. Senden Sie sie ab diesem Tag, oder tragen Sie eine Sperrfrist "
    "(embargo) ein und senden Sie mit --mit-sperrfrist.",
    Code.LISTS_OF_CANCELLED_RELEASE: "Die Pressemitteilung Nr. {number} ist {status}; die "
    "Listen sind trotzdem geschrieben. Prüfen Sie, ob die Veranstaltung stattfindet.",
    Code.INVITATIONS_REFUSED: "Die Pressemitteilung Nr. {number} ist {status}; zu ihrer "
    "Veranstaltung werden keine Einladungen geschrieben oder versandt. Findet die "
    "Veranstaltung doch statt, legen Sie mit „pressetool new“ eine neue Pressemitteilung an "
    "und laden Sie zu ihr ein.",
    Code.INVITATIONS_REFUSED_IN_BROWSER: "Die Pressemitteilung Nr. {number} ist "
    "{status}; zu ihrer Veranstaltung werden keine Einladungen geschrieben oder versandt. "
    "Findet die Veranstaltung doch statt, legen Sie unter „Neue Pressemitteilung“ eine neue "
    "Pressemitteilung an und laden Sie zu ihr ein.",
    Code.ADDRESS_INVISIBLE_CHARACTER: "Spalte „{column}“: In der Adresse „{value}“ steht an "
    "Stelle {position} ein unsichtbares Zeichen ({character}, meist aus einer Webseite oder "
    "einem Dokument mitkopiert), das kein Mailserver annimmt. Löschen Sie den Inhalt der Zelle "
    "und tippen Sie die Adresse neu.",
    Code.SEND_LIST_BAD_ADDRESS: "Spalte „{column}“: „{value}“ ist keine E-Mail-Adresse, an die "
    "sich senden lässt (etwa fehlt das @, es stehen zwei Adressen in der Zelle, oder vor dem @ "
    "steht ein Leerzeichen oder ein Umlaut). Korrigieren Sie die Adresse oder löschen Sie die "
    "Zeile.",
    Code.INVITE_LIST_BAD_ADDRESS: "Spalte „{column}“: „{value}“ ist keine E-Mail-Adresse, an "
    "die sich senden lässt (etwa fehlt das @, es stehen zwei Adressen in der Zelle, oder vor "
    "dem @ steht ein Leerzeichen oder ein Umlaut). Korrigieren Sie die Adresse, oder leeren Sie "
    "die Zelle: Dann geht die Einladung per Post.",
    Code.SEND_LIST_NO_ADDRESS: "Die Zeile hat keine E-Mail-Adresse; an sie wird nichts gesendet.",
    Code.SEND_LIST_DUPLICATE: "{address} steht schon in Zeile {first}; die Adresse erhält die "
    "Nachricht nur einmal.",
    Code.SEND_LIST_SHARED_ADDRESS: "{address} steht schon in Zeile {first} für eine andere "
    "Person; die Adresse erhält nur deren Einladung. {name} wird per Post eingeladen: Der "
    "Brief steht in der Druckdatei.",
    Code.SEND_LIST_NO_GROUP_COLUMN: "Die Liste hat keine Spalte „Gruppe“, daher lässt sich mit "
    "--gruppe nichts auswählen. Ergänzen Sie die Spalte, oder senden Sie ohne --gruppe an "
    "alle.",
    Code.SEND_LIST_UNKNOWN_GROUP: "Keine Zeile gehört zur Gruppe „{group}“. In der Spalte "
    "„Gruppe“ stehen: {groups}.",
    Code.SEND_LIST_NOBODY: "Die Liste nennt keine E-Mail-Adresse (in den gewählten Gruppen); "
    "es gibt niemanden, an den gesendet werden kann.",
    Code.SEND_RESEND_UNKNOWN: "„--erneut {address}“: Die Adresse steht nicht in der Liste (oder "
    "nicht in den gewählten Gruppen).",
    Code.INVITE_RESEND_UNKNOWN: "„--erneut {address}“: Die Adresse steht nicht in der Liste.",
    Code.SEND_BUSY: "Gerade versendet ein anderer Aufruf von pressetool aus diesem Ordner "
    "({journal}). Warten Sie, bis er fertig ist, und rufen Sie den Befehl dann noch einmal "
    "auf; wer schon eine Nachricht hat, bekommt keine zweite.",
    Code.SEND_JOURNAL_DAMAGED: "Das Versandjournal lässt sich nicht lesen ({detail}). Ohne es "
    "weiß pressetool nicht, wer schon eine Nachricht hat, und sendet nichts. Stellen Sie die "
    "Datei aus der Datensicherung wieder her.",
}


def published_documents(output: str, internal: str, public_from: str | None) -> str:
    """Where `publish` put a release's PDF and DOCX, for the command line and the web app
    alike: in the output folder, or until `public_from` in the internal folder."""
    if public_from is None:
        return f"PDF und DOCX liegen in {output}/."
    return (
        f"Öffentlich ist sie erst ab {public_from} (Datum oder Sperrfrist): PDF und DOCX "
        f"liegen bis dahin im internen Ordner {internal}/, nicht in {output}/. Ins Archiv "
        f"kommen sie mit „pressetool archive“ ab {public_from}."
    )


def location(file: Path | None, line: int | None, field: str | None) -> str:
    """`releases/2020/067-….yaml, Zeile 12, Feld „event.start“`; an option of the
    command line is one: `Option „--title“`."""
    parts = [str(file)] if file else []
    if line is not None:
        parts.append(f"Zeile {line}")
    if field:
        parts.append(f"{'Option' if field.startswith('--') else 'Feld'} „{field}“")
    return ", ".join(parts)


def message(
    code: Code,
    params: Mapping[str, object],
    file: Path | None = None,
    line: int | None = None,
    field: str | None = None,
) -> str:
    """The sentence for `code`, after where it applies: `Datei, Zeile 3, Feld „x“: …`.
    Control characters and the marks that turn text around, which a value can carry
    (an ESC written as `"\\e"` in a YAML string clears a terminal, U+202E reverses what
    follows), are shown as `�`: a message echoes what the officer wrote, not what a file
    makes it do."""
    text = MESSAGES[code].format(**params)
    where = location(file, line, field)
    return _UNSHOWABLE.sub("\ufffd", f"{where}: {text}" if where else text)


_UNSHOWABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


_OS_ERRORS = {
    errno.ENOENT: "die Datei oder der Ordner fehlt",
    errno.EACCES: "keine Berechtigung",
    errno.EPERM: "keine Berechtigung",
    errno.EROFS: "der Datenträger ist schreibgeschützt",
    errno.EISDIR: "das ist ein Ordner, keine Datei",
    errno.ENOTDIR: "ein Teil des Pfades ist eine Datei, kein Ordner",
    errno.ENOSPC: "der Datenträger ist voll",
    errno.EDQUOT: "das Speicherkontingent ist erschöpft",
    errno.ELOOP: "eine Verknüpfung zeigt im Kreis auf sich selbst",
    errno.ENAMETOOLONG: "der Name ist zu lang",
}


NOT_A_FILE = "das ist keine gewöhnliche Datei"


def os_error_text(error: OSError) -> str:
    """What went wrong with a file, in German (the system's own text is English)."""
    if error.errno in _OS_ERRORS:
        return _OS_ERRORS[error.errno]
    return f"Systemfehler {error.errno}" if error.errno else "Systemfehler"


_YAML_PROBLEMS = {
    "mapping values are not allowed here": "ein Doppelpunkt steht an einer Stelle, an der er "
    "nicht stehen darf (setzen Sie den Wert in Anführungszeichen)",
    "could not find expected ':'": "nach einem Feldnamen fehlt der Doppelpunkt",
    "found character '\\t' that cannot start any token": "ein Tabulator statt Leerzeichen",
    "found undefined alias": "ein unbekannter Verweis mit *",
}


def yaml_problem_text(problem: str | None) -> str:
    """PyYAML's English description of a syntax error, in German."""
    if problem is None:
        return "unlesbar"
    for english, german in _YAML_PROBLEMS.items():
        if problem.startswith(english):
            return german
    return "Einrückung oder Satzzeichen stimmen nicht"
