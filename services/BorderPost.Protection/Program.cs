using BorderPost.Protection;

ProtectionApp.Build(args).Run();
