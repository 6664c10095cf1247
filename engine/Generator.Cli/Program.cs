using Generator.Cli;

GlibcMalloc.Tune();
ConsoleEncoding.Apply();
return CommandLine.Run(args, Console.Out, Console.Error);
