# conformance: error
# Uncaught error: the builtin TimeoutError.
raise TimeoutError('took too long')
