#!/bin/sh
cd /home/carol/work && make
