# syntax=docker/dockerfile:1
# The KnowledgeGraph API: built with the .NET 10 SDK, run on the ASP.NET Core runtime, with graph-seeds/ beside it.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
RUN dotnet restore src/KnowledgeGraph.Api/KnowledgeGraph.Api.csproj --locked-mode
RUN dotnet publish src/KnowledgeGraph.Api/KnowledgeGraph.Api.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
COPY graph-seeds/ ./graph-seeds/
ENV ASPNETCORE_URLS=http://+:8080 \
    DOTNET_RUNNING_IN_CONTAINER=true
EXPOSE 8080
USER app
ENTRYPOINT ["dotnet", "KnowledgeGraph.Api.dll"]
