using BorderPost.Crossings;

CrossingsApp.Build(args).Run();
