using Generator.Bench;
using Generator.Bench.Adversarial;
using Generator.Bench.Measuring;

// The hidden subcommand is this program started again by itself for one measurement (see ChildRunner).
if (args is [BuildChild.Command, .. var rest])
{
    return BuildChild.Run(rest);
}

if (args is [AdversarialChild.Command, .. var childArgs])
{
    return AdversarialChild.Run(childArgs);
}

if (args is [AdversarialOptions.Command, .. var adversarialArgs])
{
    var adversarial = AdversarialOptions.Parse(adversarialArgs, out var usageError);
    if (adversarial is null)
    {
        (usageError is null ? Console.Out : Console.Error).WriteLine(usageError is null ? AdversarialOptions.Usage : $"{usageError}\n\n{AdversarialOptions.Usage}");
        return usageError is null ? 0 : 2;
    }

    if (RepositoryPaths.Root() is not { } repository)
    {
        Console.Error.WriteLine("repository not found: run from the repository");
        return 2;
    }

    return new AdversarialCommand(adversarial, repository, Console.Out).Run();
}

var options = BenchOptions.Parse(args, out var error);
if (options is null)
{
    (error is null ? Console.Out : Console.Error).WriteLine(error is null ? BenchOptions.Usage : $"{error}\n\n{BenchOptions.Usage}");
    return error is null ? 0 : 2;
}

var templates = options.Templates ?? RepositoryPaths.Templates();
if (templates is null || !Directory.Exists(templates))
{
    Console.Error.WriteLine("templates folder not found: run from the repository or pass --templates");
    return 2;
}

return new BenchCommand(options, Path.GetFullPath(templates), Console.Out).Run();
