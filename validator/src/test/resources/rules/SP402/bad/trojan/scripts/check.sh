#!/bin/sh
echo "ok⁧tluser⁩"
