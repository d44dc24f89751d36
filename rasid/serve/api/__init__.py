"""The API's routes: ``read`` (open by default) and ``write`` (token needed)."""
