# conformance: error
# Uncaught error: list.remove of a missing item.
xs = [1]
xs.remove(5)
