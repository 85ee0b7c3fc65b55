using BorderPost.Web;

WebApp.Build(args).Run();
