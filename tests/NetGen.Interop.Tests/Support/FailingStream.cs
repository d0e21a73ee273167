namespace NetGen.Interop.Tests.Support;

/// <summary>
/// Passes writes through to an inner stream until a byte budget is spent, writes the part of the buffer that still fits,
/// then throws, as a full disk or a pulled cable would in the middle of a save. Can fail on Flush instead.
/// </summary>
public sealed class FailingStream(Stream inner, long failAfterBytes, bool failOnFlush = false) : Stream
{
    public long Written { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        long room = failAfterBytes - Written;
        if (!failOnFlush && buffer.Length > room)
        {
            inner.Write(buffer.Slice(0, (int)Math.Max(0, room)));
            Written += Math.Max(0, room);
            throw new IOException("Simulated failure: no space left on device.");
        }

        inner.Write(buffer);
        Written += buffer.Length;
    }

    public override void Flush()
    {
        if (failOnFlush)
        {
            throw new IOException("Simulated failure while flushing.");
        }

        inner.Flush();
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
