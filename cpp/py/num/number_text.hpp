#pragma once
// int() and float() read their text after CPython's
// _PyUnicode_TransformDecimalAndSpaceToASCII step: non-ASCII whitespace becomes ' ' and
// non-ASCII decimal digits (Unicode category Nd) become '0'..'9'; ASCII is kept, so
// '\x1c' stays invalid although str.isspace() accepts it. Then ASCII whitespace
// (" \t\n\v\f\r") is stripped from both ends.
#include <string>
#include <string_view>

namespace py::num {

// Returns the stripped ASCII view of s; `storage` holds the text when it had to be rewritten.
std::string_view number_text(std::string_view s, std::string& storage);

}  // namespace py::num
