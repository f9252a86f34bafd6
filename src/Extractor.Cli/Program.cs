using Extractor.Cli;

return ExtractorCommand.Run(args, Console.Out, Console.Error, progressBar: !Console.IsErrorRedirected, null);
