# conformance: error stderr=full
# SyntaxError (break inside an except* clause): CPython's caret line is compared.
print('never printed')
for attempt in range(3):
    try:
        pass
    except* ValueError:
        break
