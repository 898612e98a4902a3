#!/usr/bin/env python3
"""Writes a .resx file from 'key = value' lines (stdin) — a convenience for keeping texts in resources."""
import sys, html
out = sys.argv[1]
rows = []
for line in sys.stdin.read().splitlines():
    if not line.strip() or line.lstrip().startswith('#'):
        continue
    k, v = line.split('=', 1)
    rows.append((k.strip(), v.strip()))
head = '''<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
'''
body = ''.join(f'  <data name="{html.escape(k)}" xml:space="preserve"><value>{html.escape(v, quote=False)}</value></data>\n' for k, v in rows)
open(out, 'w', encoding='utf-8').write(head + body + '</root>\n')
