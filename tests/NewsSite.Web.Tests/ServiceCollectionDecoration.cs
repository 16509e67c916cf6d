using Microsoft.Extensions.DependencyInjection;

namespace NewsSite.Web.Tests;

internal static class ServiceCollectionDecoration
{
    /// <summary>Replaces the last registration of <typeparamref name="T"/> (a singleton) with <paramref name="decorate"/> wrapped around it.</summary>
    public static void Decorate<T>(this IServiceCollection services, Func<T, T> decorate)
        where T : class
    {
        var original = services.Last(d => d.ServiceType == typeof(T));
        services.Remove(original);
        services.AddSingleton(provider => decorate((T)(original.ImplementationInstance
            ?? original.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, original.ImplementationType!))));
    }
}
