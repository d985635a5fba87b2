# conformance: error
# Uncaught error: a user-defined exception without a message.
class Boom(Exception):
    pass

raise Boom
