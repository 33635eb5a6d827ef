"""`pressetool serve`: the local web app for press officers.

A Flask app on 127.0.0.1 that does in the browser what the commands do, with the
same library underneath: `release_form` maps the editor's form to the fields of a
release file and back, `release_text` writes a release file keeping its comments
and field order, `preview` renders the live preview, `jobs` runs long work (the
invitation letters) in a worker process with progress, `security` guards the
app against other sites in the same browser, `app` holds the pages.
"""
