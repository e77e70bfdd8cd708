grid = [[0, 0, 0], [0, 0, 0]]
grid[1][2] = 7
print(grid)
row = grid[0]
row[0] = 1
print(grid, len(grid), len(grid[0]))
alias = grid
alias.append([9])
print(grid)
