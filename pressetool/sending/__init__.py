"""Sending: the release to the press distribution list, invitations by e-mail (issue 16)."""
