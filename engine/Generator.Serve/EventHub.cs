using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Generator.Serve;

/// <summary>The open pages listening for changes (Server-Sent Events): each gets every event published after it subscribed.</summary>
internal sealed class EventHub
{
    private readonly ConcurrentDictionary<Channel<string>, byte> _listeners = new();

    public Channel<string> Subscribe()
    {
        // A page that stops reading loses its oldest events, never the server its memory: it refetches on the next one anyway.
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(64) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        _listeners[channel] = 0;
        return channel;
    }

    public void Unsubscribe(Channel<string> channel) => _listeners.TryRemove(channel, out _);

    public int Count => _listeners.Count;

    public void Publish(string data)
    {
        foreach (var listener in _listeners.Keys)
        {
            listener.Writer.TryWrite(data);
        }
    }
}
