# conformance: error
# Uncaught error: exception with an empty message.
raise RuntimeError('')
