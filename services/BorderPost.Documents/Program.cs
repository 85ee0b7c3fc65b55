using BorderPost.Documents;

DocumentsApp.Build(args).Run();
