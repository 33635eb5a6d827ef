"""Tagged PDF/UA-1 drawn directly with pydyf: embedded subset fonts (`fonts`, with
`fallback` fonts from fontconfig for the characters the main font lacks), the document
with its structure tree (`document`) and line wrapping by measured width (`text`).

What a document looks like is its caller's business (`render.lists.sign_in_pdf`)."""
