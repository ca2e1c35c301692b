@echo off
rem skillpack - the command-line tool, from the distribution. Needs Java 17+ on PATH or in JAVA_HOME.
setlocal
set "APP_HOME=%~dp0.."
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
set "OPTS=-XX:+UseSerialGC -XX:TieredStopAtLevel=1"
if defined SKILLPACK_JAVA_OPTS set "OPTS=%SKILLPACK_JAVA_OPTS%"
"%JAVA%" %OPTS% -jar "%APP_HOME%\lib\skillpack-cli.jar" %*
exit /b %ERRORLEVEL%
