# Classic list exercises: second largest, rotate, chunk, flatten, running sum, pairs summing to target.
nums = [7, 3, 9, 1, 9, 4, 6]
print(sorted(set(nums))[-2], nums[2:] + nums[:2], nums[-2:] + nums[:-2])
print([nums[i:i + 3] for i in range(0, len(nums), 3)])
print([x for sub in [[1, 2], [3, [4]], []] for x in (sub if isinstance(sub, list) else [sub])])
running, total = [], 0
for n in nums:
    total += n
    running.append(total)
print(running)
target = 10
seen, pairs = set(), []
for n in nums:
    if target - n in seen:
        pairs.append((target - n, n))
    seen.add(n)
print(pairs)
print(list(zip(nums[::2], nums[1::2])), nums.count(9), nums.index(9), [i for i, n in enumerate(nums) if n == 9])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], [sum(row) for row in matrix], [sum(col) for col in zip(*matrix)])
print(sorted(nums, key=lambda n: (n % 2, n)), list(filter(lambda n: n > 5, nums)))
