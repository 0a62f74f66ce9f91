# Build: the .NET 10 SDK publishes the app self-contained on .NET 9 (see docs/decisions/0001-net9-self-contained.md).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Build.targets Directory.Packages.props .editorconfig ./
COPY src/AiDealTracker.Core/AiDealTracker.Core.csproj src/AiDealTracker.Core/
COPY src/AiDealTracker.Accounts/AiDealTracker.Accounts.csproj src/AiDealTracker.Accounts/
COPY src/AiDealTracker.Web/AiDealTracker.Web.csproj src/AiDealTracker.Web/
RUN dotnet restore src/AiDealTracker.Web/AiDealTracker.Web.csproj
COPY seeds/ seeds/
COPY src/ src/
RUN dotnet publish src/AiDealTracker.Web/AiDealTracker.Web.csproj -c Release --no-restore -o /app

# Run: a self-contained app needs only the native dependencies of .NET.
FROM mcr.microsoft.com/dotnet/runtime-deps:9.0 AS runtime
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
RUN mkdir -p /app/data /app/logs && chown -R app:app /app/data /app/logs
USER app
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    ConnectionStrings__DealTracker="Data Source=/app/data/aidealtracker.db" \
    Logging__Folder=/app/logs
VOLUME ["/app/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD curl -fsS http://localhost:8080/healthz || exit 1
ENTRYPOINT ["./AiDealTracker.Web"]
