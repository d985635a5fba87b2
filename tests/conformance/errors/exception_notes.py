# conformance: error stderr=full
# Notes added with add_note() are printed after the exception line.
def validate(age):
    if age < 0:
        err = ValueError("age must not be negative")
        err.add_note(f"got age={age}")
        err.add_note("hint: check the input form")
        raise err

validate(-1)
