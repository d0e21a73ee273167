using NetGen;

namespace Consumer.Nets;

/// <summary>A network in a namespace, so that run.sh checks the documented file name &lt;Namespace&gt;.&lt;Class&gt;.g.cs.</summary>
[Network(Loss.SquaredError)]
[Input(1)]
[Dense(1)]
public partial class TinyNet;
