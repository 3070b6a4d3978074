Console.WriteLine("kg: not implemented yet");
return 0;
