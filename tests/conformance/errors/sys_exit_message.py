# conformance: error stderr=full
# Uncaught error: sys.exit with a message prints it to stderr, status 1.
import sys
sys.exit('fatal: config missing')
