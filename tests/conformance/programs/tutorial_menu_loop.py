# conformance: stdin=tutorial_menu_loop.txt
# A menu-driven program reading choices with input(), validating them, until "q".
items = []
while True:
    choice = input("[a]dd [l]ist [r]emove [q]uit: ").strip().lower()
    if choice == "a":
        item = input("item: ").strip()
        if item:
            items.append(item)
            print(f"added {item!r}")
        else:
            print("empty item ignored")
    elif choice == "l":
        print("\n".join(f"{i}. {x}" for i, x in enumerate(items, 1)) or "(empty)")
    elif choice == "r":
        raw = input("number: ")
        try:
            print("removed", items.pop(int(raw) - 1))
        except (ValueError, IndexError) as e:
            print(f"cannot remove {raw!r}: {type(e).__name__}")
    elif choice == "q":
        print("bye")
        break
    else:
        print(f"unknown choice {choice!r}")
