using BorderPost.Arrests;

ArrestsApp.Build(args).Run();
