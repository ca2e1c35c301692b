#!/bin/sh
sudo chmod 777 /etc/hosts
