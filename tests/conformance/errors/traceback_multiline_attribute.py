# conformance: error stderr=full
# A method chain over several lines: CPython reports the line of the failing name.
data = {"a": 1}
result = (data
          .keys()
          .missing_method())
