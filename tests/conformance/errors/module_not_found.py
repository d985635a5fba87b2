# conformance: error
# Uncaught error: import of a missing module.
import definitely_not_a_module
