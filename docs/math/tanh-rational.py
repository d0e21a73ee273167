"""Fits the rational function behind NetGen's float tanh and sigmoid (src/NetGen/Runtime/VectorMath.cs).

tanh x ~ x P(t) / Q(t), t = x^2, on [0, 9], with P = 1 + p1 t + ... + p4 t^4 and Q = 1 + q1 t + ... + q4 t^4.
P(0) = Q(0) = 1 makes the function exactly x for tiny x. The fit minimises the weighted squared residual of the
linearised problem tanh(x) Q(t) - x P(t), divided by the previous iteration's Q (so that it approximates the error of
the quotient itself), with weights that grow where the error is largest (Lawson's iteration), which drives the fit
towards the smallest maximum error. It prints the coefficients and the maximum absolute error on a dense grid.

Run: python3 docs/math/tanh-rational.py [degree of P] [degree of Q] [clamp]   (needs mpmath; defaults 4 4 9)
"""
import sys

from mpmath import cos, fabs, lu_solve, matrix, mp, mpf, pi, tanh

mp.dps = 30


def fit(m, n, c, points=500, iterations=60):
    xs = [c * (1 - cos(pi * (i + mpf(1) / 2) / points)) / 2 for i in range(points)]  # crowded at both ends
    fs = [tanh(x) for x in xs]
    weights = [mpf(1)] * points
    q_previous = [mpf(1)] * points
    unknowns = m + n  # p1..pm, q1..qn
    best = None
    for _ in range(iterations):
        a = matrix(unknowns, unknowns)
        b = matrix(unknowns, 1)
        for x, f, w, qp in zip(xs, fs, weights, q_previous):
            t = x * x
            # x (1 + sum p_j t^j) - f (1 + sum q_j t^j) = 0, rearranged: sum p_j x t^j - sum q_j f t^j = f - x
            row = [x * t**j for j in range(1, m + 1)] + [-f * t**j for j in range(1, n + 1)]
            scale = w / qp**2
            for i in range(unknowns):
                b[i] += row[i] * scale * (f - x)
                for k in range(i, unknowns):
                    a[i, k] += row[i] * scale * row[k]
        for i in range(unknowns):
            for k in range(i):
                a[i, k] = a[k, i]
        solution = lu_solve(a, b)
        p = [mpf(1)] + [solution[j] for j in range(m)]
        q = [mpf(1)] + [solution[m + j] for j in range(n)]
        errors = []
        for i, x in enumerate(xs):
            t = x * x
            qv = sum(q[j] * t**j for j in range(n + 1))
            q_previous[i] = qv
            errors.append(x * sum(p[j] * t**j for j in range(m + 1)) / qv - fs[i])
        worst = max(fabs(e) for e in errors)
        if best is None or worst < best[0]:
            best = (worst, p, q)
        total = sum(w * fabs(e) for w, e in zip(weights, errors))
        weights = [w * fabs(e) / total for w, e in zip(weights, errors)]
    _, p, q = best
    worst = 0
    for i in range(4001):
        x = c * i / 4000
        t = x * x
        qv = sum(q[j] * t**j for j in range(n + 1))
        if qv <= 0:
            raise ValueError(f"Q has a zero near x = {x}")
        worst = max(worst, fabs(x * sum(p[j] * t**j for j in range(m + 1)) / qv - tanh(x)))
    return worst, p, q


if __name__ == "__main__":
    m = int(sys.argv[1]) if len(sys.argv) > 1 else 4
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    c = mpf(sys.argv[3]) if len(sys.argv) > 3 else mpf(9)
    worst, p, q = fit(m, n, c)
    print(f"degrees {m}/{n} on [0, {c}]: max abs error {float(worst):.3e}; 1 - tanh({c}) = {float(1 - tanh(c)):.2e}")
    print("P", [mp.nstr(v, 17) for v in p])
    print("Q", [mp.nstr(v, 17) for v in q])
