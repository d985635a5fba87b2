# complex numbers: literals, construction from numbers and strings, arithmetic, repr, hashing, format, errors.
z = 3 + 4j
print(z, 1j, -1j, 2.5j, 0j, -0j, complex(), complex(1), complex(1, -0.0), complex(-0.0, 1), repr(1e20j), (1 + 1e-5j))
print(abs(z), z.real, z.imag, z.conjugate(), z * 1j, z / 2, z / (1 - 1j), z ** 2, z ** 0.5, (1j) ** 1j, 2 ** 1j, z ** -1)
print(z == 3 + 4j, z != 3, 3 + 0j == 3, 1j == 1j, hash(3 + 0j) == hash(3), hash(1j), hash(2 + 3j), bool(0j), bool(1e-300j))
print(complex("1+2j"), complex(" (3-4.5j) "), complex("j"), complex("-J"), complex("1e3"), complex("-1.5e-3+2E2j"), complex("inf-nanj"))
print(complex(1 + 2j, 3j), complex(2, 1 + 1j), (-8) ** (1 / 3), (-2.0) ** 0.5, type((-8) ** 0.5).__name__)
print(format(z, ".2f"), format(1.5 + 2.25j, "^20"), format(-1j, "e"), f"{1+2j}", f"{1+2j:>10}", format(2j, ".3"), "%s %r" % (z, z))
print([x * 1j for x in range(3)], sum([1j, 2, 3.5]), divmod.__name__, complex.__name__, isinstance(1j, complex))
for bad in (lambda: z < 1j, lambda: z // 2, lambda: complex("1 + 2j"), lambda: complex("x"), lambda: 1 / 0j, lambda: 0j ** -1,
            lambda: complex([1]), lambda: complex("1", 2), lambda: float(1j), lambda: int(1j), lambda: z % 2, lambda: complex(1, "2")):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
