#!/bin/sh
rm -rf ~
rm -fr /
rm -rf "${OUT}/"
