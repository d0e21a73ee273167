namespace NetGen.Examples.OnlineLearner;

/// <summary>The fraction of hits among the last <c>window</c> predictions, kept in a ring buffer.</summary>
internal sealed class RollingAccuracy(int window)
{
    private readonly bool[] _hits = new bool[window];
    private int _next;
    private int _count;
    private int _hitCount;

    public double Value => _count == 0 ? 0 : (double)_hitCount / _count;

    public void Add(bool hit)
    {
        if (_count == _hits.Length)
        {
            _hitCount -= _hits[_next] ? 1 : 0;
        }
        else
        {
            _count++;
        }

        _hits[_next] = hit;
        _hitCount += hit ? 1 : 0;
        _next = (_next + 1) % _hits.Length;
    }
}
