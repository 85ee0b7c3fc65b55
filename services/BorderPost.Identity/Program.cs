using BorderPost.Identity;

IdentityApp.Build(args).Run();
