using Generator.Cli;

ConsoleEncoding.Apply();
return CommandLine.Run(args, Console.Out, Console.Error);
