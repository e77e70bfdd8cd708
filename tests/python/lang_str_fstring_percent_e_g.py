x = 1234.5678
print(f"{0.256:%} {0.256:.1%} {x:e} {x:.2E} {x:g} {x:.3g} {1e-5:g} {1e16:g} {123456789:g}")
print(f"{x:10.2f}|{x:<10.1f}|{x:^12.3e}|{x:+.0f}| {x: .1f}")
print(f"{float('inf'):f} {float('nan'):e} {-float('inf'):g} {0.0001234:.2g}")
