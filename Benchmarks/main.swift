print("noaber-bench")
