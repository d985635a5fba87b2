#pragma once
// The format-spec mini-language of format()/str.format()/f-strings for int, float and
// str, and the printf-style conversions of the % operator, with CPython 3.11's output
// and error messages. Strings are UTF-8; widths and precisions count code points.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "py/num/bigint.hpp"
#include "py/num/error.hpp"

namespace py::num {

// [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type], as written:
// defaults that depend on the object (alignment, the '0' flag's '=' for numbers) are
// resolved by the format_* functions. `zero` is set only when no fill was given
// ("x<05" has fill 'x' and width 5), so zero means: fill with '0'.
struct FormatSpec {
  char32_t fill = ' ';
  char align = 0;        // '<' '>' '=' '^', or 0 when not given
  char sign = 0;         // '+' '-' ' ', or 0
  bool z = false;        // 'z': negative zero becomes positive (floats)
  bool alt = false;      // '#'
  bool zero = false;     // '0' before the width
  std::int64_t width = -1;
  char grouping = 0;     // ',' or '_', or 0
  std::int64_t precision = -1;
  char type = 0;         // the presentation type, or 0 for none
};

// Parses a spec. ValueError "Invalid format specifier 'abc' for object of type 'int'"
// (type_name is the object's type, e.g. "bool" for True), "Format specifier missing
// precision", "Too many decimal digits in format string", "Cannot specify both ',' and '_'.".
// Type-dependent checks ("Cannot specify ',' with 's'.") are the format_* functions'.
bool parse_format_spec(std::string_view spec, FormatSpec& out, Error& err, std::string_view type_name);

// An empty spec means str(v) and is the caller's (or the string_view overloads') case.
// format(int, spec): types b c d o x X n, none, and e E f F g G % (through float).
// bool is an int here (the caller formats bool with an empty spec as str()).
// type_name appears in "Unknown format code 'q' for object of type 'bool'".
// Decimal output longer than max_str_digits (sys.get_int_max_str_digits(); 0 = no limit)
// is ValueError "Exceeds the limit (4300 digits) for integer string conversion; use
// sys.set_int_max_str_digits() to increase the limit", as CPython's str(int).
bool format_int(const BigInt& v, const FormatSpec& spec, std::string& out, Error& err,
                std::string_view type_name = "int", std::size_t max_str_digits = kMaxStrDigits);
// format(float, spec): e E f F g G n % and none (repr-like, precision-aware).
bool format_float(double v, const FormatSpec& spec, std::string& out, Error& err,
                  std::string_view type_name = "float");
// format(str, spec): s and none; fill/align/width/precision in code points.
bool format_str(std::string_view utf8, const FormatSpec& spec, std::string& out, Error& err,
                std::string_view type_name = "str");
// Parse + format in one step, for f-strings and format().
bool format_int(const BigInt& v, std::string_view spec, std::string& out, Error& err,
                std::string_view type_name = "int", std::size_t max_str_digits = kMaxStrDigits);
bool format_float(double v, std::string_view spec, std::string& out, Error& err,
                  std::string_view type_name = "float");
bool format_str(std::string_view utf8, std::string_view spec, std::string& out, Error& err,
                std::string_view type_name = "str");

// One printf-style conversion of `%` formatting after the core has parsed
// %[(key)][flags][width][.precision]type and fetched '*' values.
struct PrintfSpec {
  bool left = false;   // '-'
  bool plus = false;   // '+'
  bool space = false;  // ' '
  bool alt = false;    // '#'
  bool zero = false;   // '0'
  std::int64_t width = -1;
  std::int64_t precision = -1;
  char type = 's';
};
// %e %E %f %F %g %G (and %d/%i/%u of a float are the caller's int(x) first).
void printf_float(double v, const PrintfSpec& spec, std::string& out);
// %d %i %u %o %x %X of an int. The checked form applies the str(int) digit limit to
// %d/%i/%u (see format_int); the unchecked one does not.
bool printf_int(const BigInt& v, const PrintfSpec& spec, std::string& out, Error& err,
                std::size_t max_str_digits = kMaxStrDigits);
void printf_int(const BigInt& v, const PrintfSpec& spec, std::string& out);
// Width/precision/'-' applied to an already converted %s/%r/%a/%c text (code points).
void printf_str(std::string_view utf8, const PrintfSpec& spec, std::string& out);

}  // namespace py::num
