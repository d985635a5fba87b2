// modules/time.cpp — the time module: clocks, sleep, struct_time, localtime/gmtime/mktime,
// strftime/asctime/ctime. Every clock read and sleep goes through the interpreter's Clock
// (time.hpp), so the asyncio loop can substitute virtual time.
#include "py/modules/time.hpp"

#include <chrono>
#include <cmath>
#include <ctime>
#include <thread>
#include <unordered_map>

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#endif

#include "py/errors.hpp"
#include "py/module.hpp"
#include "py/modules/_green_thread.hpp"

namespace py {

// ---- the per-interpreter clock ---------------------------------------------------------

static int64_t real_wall_ns(void*) {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}
static int64_t real_monotonic_ns(void*) {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}
static int64_t real_process_ns(void*) {
  timespec ts;
  if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts) != 0) return int64_t(double(std::clock()) * 1e9 / CLOCKS_PER_SEC);
  return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}
static void real_sleep_ns(void*, int64_t ns) {
#ifdef __EMSCRIPTEN__
  emscripten_sleep(unsigned((ns + 999999) / 1000000));
#else
  std::this_thread::sleep_for(std::chrono::nanoseconds(ns));
#endif
}

Clock default_clock() { return Clock{nullptr, real_wall_ns, real_monotonic_ns, real_process_ns, real_sleep_ns}; }

// The Interpreter has no slot for module-private C++ state, so the clocks live here keyed
// by interpreter; register_module_time (run by every Interpreter's constructor) resets the
// entry, so a new interpreter at a reused address never inherits a stale hook.
static std::unordered_map<const Interpreter*, Clock>& clocks() {
  static std::unordered_map<const Interpreter*, Clock> m;
  return m;
}
void set_clock(Interpreter& I, const Clock& clock) { clocks()[&I] = clock; }
const Clock& get_clock(Interpreter& I) {
  auto it = clocks().find(&I);
  if (it == clocks().end()) it = clocks().emplace(&I, default_clock()).first;
  return it->second;
}

static Ref seconds(int64_t ns) { return new_float(double(ns) * 1e-9); }
static const Clock& clk() { return get_clock(interp()); }

static Ref t_time(Value, const Value*, size_t nargs, Tuple*) {
  if (!check_nargs("time.time", nargs, 0, 0)) return nullptr;
  return seconds(clk().wall_ns(clk().ctx));
}
static Ref t_time_ns(Value, const Value*, size_t nargs, Tuple*) {
  if (!check_nargs("time.time_ns", nargs, 0, 0)) return nullptr;
  return new_int(clk().wall_ns(clk().ctx));
}
static Ref t_monotonic(Value, const Value*, size_t nargs, Tuple*) {
  if (!check_nargs("time.monotonic", nargs, 0, 0)) return nullptr;
  return seconds(clk().monotonic_ns(clk().ctx));
}
static Ref t_monotonic_ns(Value, const Value*, size_t nargs, Tuple*) {
  if (!check_nargs("time.monotonic_ns", nargs, 0, 0)) return nullptr;
  return new_int(clk().monotonic_ns(clk().ctx));
}
static Ref t_perf_counter(Value, const Value*, size_t nargs, Tuple*) {
  if (!check_nargs("time.perf_counter", nargs, 0, 0)) return nullptr;
  return seconds(clk().monotonic_ns(clk().ctx));
}
static Ref t_perf_counter_ns(Value, const Value*, size_t nargs, Tuple*) {
  if (!check_nargs("time.perf_counter_ns", nargs, 0, 0)) return nullptr;
  return new_int(clk().monotonic_ns(clk().ctx));
}
static Ref t_process_time(Value, const Value*, size_t nargs, Tuple*) {
  if (!check_nargs("time.process_time", nargs, 0, 0)) return nullptr;
  return seconds(clk().process_ns(clk().ctx));
}
static Ref t_process_time_ns(Value, const Value*, size_t nargs, Tuple*) {
  if (!check_nargs("time.process_time_ns", nargs, 0, 0)) return nullptr;
  return new_int(clk().process_ns(clk().ctx));
}

// A number of seconds as CPython's _PyTime_FromObject takes it (int or float).
static bool seconds_arg(Value v, double* out) {
  Interpreter& I = interp();
  if (isinstance(v, I.float_type)) {
    *out = float_value(v);
    if (std::isnan(*out)) return raise(I.ValueError, "Invalid value NaN (not a number)"), false;
    return true;
  }
  int64_t n;
  if (index_of(v, &n) < 0) return false;
  *out = double(n);
  return true;
}

static Ref t_sleep(Value, const Value* args, size_t nargs, Tuple*) {
  Interpreter& I = interp();
  if (!check_nargs("time.sleep", nargs, 1, 1)) return nullptr;
  double s;
  if (!seconds_arg(args[0], &s)) return nullptr;
  if (s < 0) return raise(I.ValueError, "sleep length must be non-negative");
  if (s * 1e9 >= 9.2e18) return raise(I.OverflowError, "timestamp too large to convert to C _PyTime_t");
  // In a green thread (no OS threads here) the sleep suspends the thread, or lengthens
  // its step, instead of blocking (modules/_green_thread.hpp).
  int green = green_sleep(args, t_sleep, s);
  if (green > 0) return nullptr;
  if (green == 0) return Ref::steal(kNone);
  if (Value hook = green_sleep_hook()) return call1(hook, new_float(s).get());
  I.flush_out();  // output before the pause appears before it, as a terminal shows it
  clk().sleep_ns(clk().ctx, int64_t(std::ceil(s * 1e9)));
  return Ref::steal(kNone);
}

// ---- struct_time ----------------------------------------------------------------------

// A tuple of the 9 classic fields whose items[9], items[10] hold tm_zone and tm_gmtoff
// (attributes only, as in CPython's structseq).
static constexpr size_t kFields = 9, kAllFields = 11;
static const char* const kFieldNames[kAllFields] = {"tm_year", "tm_mon",  "tm_mday", "tm_hour",  "tm_min",  "tm_sec",
                                                    "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"};
static Type* struct_time_type(Interpreter& I);

static void (*tuple_finalize_fn)(Object*) = nullptr;
static void struct_time_finalize(Object* o) {
  Tuple* t = static_cast<Tuple*>(o);
  for (size_t i = kFields; i < kAllFields; ++i) decref(t->items[i]);
  tuple_finalize_fn(o);
}
static void (*tuple_traverse_fn)(Object*, VisitFn, void*) = nullptr;
static void struct_time_traverse(Object* o, VisitFn visit, void* arg) {
  Tuple* t = static_cast<Tuple*>(o);
  for (size_t i = kFields; i < kAllFields; ++i) visit(t->items[i], arg);
  tuple_traverse_fn(o, visit, arg);
}

// Steals the values (11 of them; items 9 and 10 may be None).
static Ref make_struct_time(Interpreter& I, Type* t, Value* vals) {
  Tuple* o = static_cast<Tuple*>(alloc_object(t, sizeof(Tuple) + sizeof(Value) * (kAllFields - 1)));
  o->n = kFields;
  o->hash = -1;
  for (size_t i = 0; i < kAllFields; ++i) o->items[i] = vals[i];
  gc_track(o);
  (void)I;
  return Ref::steal(Value::from_ptr(o));
}

static Ref struct_time_from_tm(const std::tm& tm, bool utc) {
  Interpreter& I = interp();
  Value v[kAllFields] = {
      Value::small_int(tm.tm_year + 1900), Value::small_int(tm.tm_mon + 1), Value::small_int(tm.tm_mday),
      Value::small_int(tm.tm_hour),        Value::small_int(tm.tm_min),     Value::small_int(tm.tm_sec),
      Value::small_int((tm.tm_wday + 6) % 7), Value::small_int(tm.tm_yday + 1), Value::small_int(tm.tm_isdst),
      new_str(utc ? "UTC" : (tm.tm_zone ? tm.tm_zone : "")).release(), Value::small_int(tm.tm_gmtoff)};
  return make_struct_time(I, struct_time_type(I), v);
}

static Ref struct_time_new(Type* t, const Value* args, size_t nargs, Tuple* kw) {
  Interpreter& I = interp();
  Value a[2];
  if (!parse_args("struct_time", args, nargs, kw, {"sequence", "dict"}, 1, a)) return nullptr;
  Ref seq = sequence_tuple(a[0]);
  if (!seq) return nullptr;
  size_t n = as_tuple(seq.get())->n;
  if (n < kFields) return raisef(I.TypeError, "time.struct_time() takes an at least 9-sequence (%zu-sequence given)", n);
  if (n > kAllFields) return raisef(I.TypeError, "time.struct_time() takes an at most 11-sequence (%zu-sequence given)", n);
  Value v[kAllFields];
  for (size_t i = 0; i < kAllFields; ++i) v[i] = newref(i < n ? as_tuple(seq.get())->items[i] : kNone);
  return make_struct_time(I, t, v);
}

static Ref struct_time_repr(Value self) {
  Tuple* t = as_tuple(self);
  std::string out = "time.struct_time(";
  for (size_t i = 0; i < kFields; ++i) {
    Ref r = repr(t->items[i]);
    if (!r) return nullptr;
    if (i) out += ", ";
    out += kFieldNames[i];
    out += '=';
    out += sv(r.get());
  }
  out += ')';
  return new_str(out);
}

template <size_t K>
static Ref struct_time_field(Value self) {
  const Value* items = as_tuple(self)->items;  // the fields past n live beyond items[0]
  return Ref::borrow(items[K]);
}
template <size_t... K>
static void add_fields(Interpreter& I, Type* t, std::index_sequence<K...>) {
  (add_getset(I, t, kFieldNames[K], struct_time_field<K>), ...);
}

// struct_time is made when the module is imported; its conversions look it up here.
static std::unordered_map<const Interpreter*, Type*>& struct_time_types() {
  static std::unordered_map<const Interpreter*, Type*> m;
  return m;
}
static Type* struct_time_type(Interpreter& I) { return struct_time_types()[&I]; }

static Type* make_struct_time_type(Interpreter& I) {
  Type* t = new_builtin_type(I, "struct_time", I.tuple_type, sizeof(Tuple) + sizeof(Value) * (kAllFields - 1),
                             kTypeGc | kTypeTupleSub);
  tuple_finalize_fn = I.tuple_type->finalize;
  tuple_traverse_fn = I.tuple_type->traverse;
  t->finalize = struct_time_finalize;
  t->traverse = struct_time_traverse;
  t->repr = struct_time_repr;
  t->tp_new = struct_time_new;
  t->qualname = "struct_time";
  decref(t->module);
  t->module = new_str("time").release();
  add_fields(I, t, std::make_index_sequence<kAllFields>());
  return t;
}

// ---- conversions --------------------------------------------------------------------------

// An optional seconds argument (None or missing: now) as time_t, flooring like CPython.
static bool time_t_arg(const Value* args, size_t nargs, std::time_t* out) {
  Interpreter& I = interp();
  if (nargs == 0 || args[0] == kNone) {
    *out = std::time_t(clk().wall_ns(clk().ctx) / 1000000000);
    return true;
  }
  double s;
  if (!seconds_arg(args[0], &s)) return false;
  if (!std::isfinite(s) || std::fabs(s) > 1e17) return raise(I.OverflowError, "timestamp out of range for platform time_t"), false;
  *out = std::time_t(std::floor(s));
  return true;
}

static Ref t_localtime(Value, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("localtime", nargs, 0, 1)) return nullptr;
  std::time_t t;
  if (!time_t_arg(args, nargs, &t)) return nullptr;
  std::tm tm;
  if (!localtime_r(&t, &tm)) return raise(interp().OverflowError, "timestamp out of range for platform time_t");
  return struct_time_from_tm(tm, false);
}
static Ref t_gmtime(Value, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("gmtime", nargs, 0, 1)) return nullptr;
  std::time_t t;
  if (!time_t_arg(args, nargs, &t)) return nullptr;
  std::tm tm;
  if (!gmtime_r(&t, &tm)) return raise(interp().OverflowError, "timestamp out of range for platform time_t");
  return struct_time_from_tm(tm, true);
}

// A struct_time or 9-tuple as struct tm (CPython's gettmarg + checktm).
static bool tm_arg(const char* fname, Value v, std::tm* tm) {
  Interpreter& I = interp();
  if (!isinstance(v, I.tuple_type)) return raise(I.TypeError, "Tuple or struct_time argument required"), false;
  int64_t f[kFields];
  bool ok = as_tuple(v)->n == kFields;
  for (size_t i = 0; ok && i < kFields; ++i) {
    ok = index_of(as_tuple(v)->items[i], &f[i]) == 0;
    if (!ok && !err_matches(I.TypeError)) return false;
  }
  if (!ok) {
    clear_error();
    return raisef(I.TypeError, "%s(): illegal time tuple argument", fname), false;
  }
  *tm = std::tm{};
  tm->tm_year = int(f[0] - 1900);
  tm->tm_mon = int(f[1] - 1);
  tm->tm_mday = int(f[2]);
  tm->tm_hour = int(f[3]);
  tm->tm_min = int(f[4]);
  tm->tm_sec = int(f[5]);
  tm->tm_wday = int((f[6] + 1) % 7);
  tm->tm_yday = int(f[7] - 1);
  tm->tm_isdst = int(f[8]);
  const Value* items = as_tuple(v)->items;
  if (isinstance_exact(v, struct_time_type(I)) && isinstance(items[9], I.str_type)) {
    tm->tm_gmtoff = 0;
    int64_t off;
    if (int_to_int64(items[10], &off)) tm->tm_gmtoff = long(off);
  }
  // checktm: 0 stands for "unknown" in month/day/yday and is normalised as CPython does.
  if (tm->tm_mon == -1) tm->tm_mon = 0;
  else if (tm->tm_mon < 0 || tm->tm_mon > 11) return raise(I.ValueError, "month out of range"), false;
  if (tm->tm_mday == 0) tm->tm_mday = 1;
  else if (tm->tm_mday < 0 || tm->tm_mday > 31) return raise(I.ValueError, "day of month out of range"), false;
  if (tm->tm_hour < 0 || tm->tm_hour > 23) return raise(I.ValueError, "hour out of range"), false;
  if (tm->tm_min < 0 || tm->tm_min > 59) return raise(I.ValueError, "minute out of range"), false;
  if (tm->tm_sec < 0 || tm->tm_sec > 61) return raise(I.ValueError, "seconds out of range"), false;
  if (tm->tm_wday < 0) return raise(I.ValueError, "day of week out of range"), false;
  if (tm->tm_yday == -1) tm->tm_yday = 0;
  else if (tm->tm_yday < 0 || tm->tm_yday > 365) return raise(I.ValueError, "day of year out of range"), false;
  return true;
}

static bool now_or_tm(const char* fname, const Value* args, size_t nargs, size_t at, std::tm* tm) {
  if (nargs > at) return tm_arg(fname, args[at], tm);
  std::time_t t = std::time_t(clk().wall_ns(clk().ctx) / 1000000000);
  localtime_r(&t, tm);
  return true;
}

static Ref t_mktime(Value, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("mktime", nargs, 1, 1)) return nullptr;
  std::tm tm;
  if (!tm_arg("mktime", args[0], &tm)) return nullptr;
  tm.tm_wday = -1;
  std::time_t t = std::mktime(&tm);
  if (t == std::time_t(-1) && tm.tm_wday == -1) return raise(interp().OverflowError, "mktime argument out of range");
  return new_float(double(t));
}

static Ref t_strftime(Value, const Value* args, size_t nargs, Tuple*) {
  Interpreter& I = interp();
  if (!check_nargs("strftime", nargs, 1, 2)) return nullptr;
  if (!isinstance(args[0], I.str_type))
    return raisef(I.TypeError, "strftime() argument 1 must be str, not %s", type_name(args[0]));
  std::tm tm;
  if (!now_or_tm("strftime", args, nargs, 1, &tm)) return nullptr;
  std::string fmt(sv(args[0]));
  if (fmt.empty()) return new_str("");
  // strftime returns 0 both for "buffer too small" and for an empty result: grow a few
  // times, then accept empty (as CPython does for formats like "%p" in some locales).
  std::string buf(256, '\0');
  for (int tries = 0; tries < 6; ++tries, buf.resize(buf.size() * 4)) {
    size_t n = std::strftime(buf.data(), buf.size(), fmt.c_str(), &tm);
    if (n) return new_str(std::string_view(buf.data(), n));
  }
  return new_str("");
}

static std::string asctime_text(const std::tm& tm) {
  static const char* const days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %d", days[tm.tm_wday % 7], months[tm.tm_mon % 12], tm.tm_mday,
                tm.tm_hour, tm.tm_min, tm.tm_sec, 1900 + tm.tm_year);
  return buf;
}
static Ref t_asctime(Value, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("asctime", nargs, 0, 1)) return nullptr;
  std::tm tm;
  if (!now_or_tm("asctime", args, nargs, 0, &tm)) return nullptr;
  return new_str(asctime_text(tm));
}
static Ref t_ctime(Value, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("ctime", nargs, 0, 1)) return nullptr;
  std::time_t t;
  if (!time_t_arg(args, nargs, &t)) return nullptr;
  std::tm tm;
  if (!localtime_r(&t, &tm)) return raise(interp().OverflowError, "timestamp out of range for platform time_t");
  return new_str(asctime_text(tm));
}

static Ref init_time(Interpreter& I) {
  Ref m = new_module("time");
  static const MethodDef fns[] = {
      {"time", t_time},           {"time_ns", t_time_ns},
      {"monotonic", t_monotonic}, {"monotonic_ns", t_monotonic_ns},
      {"perf_counter", t_perf_counter}, {"perf_counter_ns", t_perf_counter_ns},
      {"process_time", t_process_time}, {"process_time_ns", t_process_time_ns},
      {"sleep", t_sleep},         {"localtime", t_localtime},
      {"gmtime", t_gmtime},       {"mktime", t_mktime},
      {"strftime", t_strftime},   {"asctime", t_asctime},
      {"ctime", t_ctime},         {nullptr, nullptr}};
  module_add_functions(m.get(), fns);
  Type* st = make_struct_time_type(I);
  struct_time_types()[&I] = st;
  module_add(m.get(), "struct_time", Value::from_ptr(st));
  tzset();
  module_add(m.get(), "timezone", new_int(int64_t(::timezone)).get());
  module_add(m.get(), "altzone", new_int(int64_t(::timezone) - (::daylight ? 3600 : 0)).get());
  module_add(m.get(), "daylight", new_int(int64_t(::daylight)).get());
  Ref tzn = tuple_pack({new_str(::tzname[0]).get(), new_str(::tzname[1]).get()});
  module_add(m.get(), "tzname", tzn.get());
  return m;
}

void register_module_time(Interpreter& I) {
  clocks()[&I] = default_clock();
  struct_time_types().erase(&I);
  register_native_module(I, "time", init_time);
}

}  // namespace py
