# expect: limit memory
# limits: --memory-bytes 16000000
# echo-host: echo
echo("x" * 20000000)
