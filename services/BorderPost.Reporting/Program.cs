using BorderPost.Reporting;

ReportingApp.Build(args).Run();
