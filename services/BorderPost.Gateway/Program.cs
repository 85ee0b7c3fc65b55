using BorderPost.Gateway;

GatewayApp.Build(args).Run();
